using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Extraction;
using NewsArchive.Parsing;
using NewsArchive.Storage;

namespace NewsArchive;

/// <summary>
/// The article shape other tools rely on: one line of <c>newsarchive extract --json</c> and the body of
/// <c>/api/articles/{id}</c>. Change it only compatibly (add members, never rename or remove one).
/// </summary>
public sealed record ArticleRecord(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("item")] int Item,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("dateline")] string? Dateline,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("people")] IReadOnlyList<EntityRecord> People,
    [property: JsonPropertyName("organisations")] IReadOnlyList<EntityRecord> Organisations,
    [property: JsonPropertyName("places")] IReadOnlyList<EntityRecord> Places,
    [property: JsonPropertyName("topics")] IReadOnlyList<TopicRecord> Topics,
    [property: JsonPropertyName("quotes")] IReadOnlyList<QuoteRecord> Quotes)
{
    /// <summary>Compact, UTF-8 as written (accents and guillemets unescaped), nulls kept so every key is always present.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>The record of a freshly parsed and analysed article.</summary>
    public static ArticleRecord From(ParsedArticle article, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        return new ArticleRecord(
            article.Source,
            article.Item,
            article.Title,
            analysis.Language,
            FormatDate(analysis.Published),
            article.Dateline,
            article.Url,
            article.Body,
            [.. analysis.People.Select(EntityRecord.From)],
            [.. analysis.Organisations.Select(EntityRecord.From)],
            [.. analysis.Places.Select(EntityRecord.From)],
            [.. analysis.Topics.Select(t => new TopicRecord(t.Name, Math.Round(t.Score, 2), KindName(t.Kind)))],
            [.. analysis.Quotes.Select(q => new QuoteRecord(q.Text, q.Start, q.End, q.Speaker, q.Cue))]);
    }

    /// <summary>The record of a stored article; its mentions, quotes (with speakers) and topics (with topic) must be loaded.</summary>
    public static ArticleRecord From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleRecord(
            article.SourcePath,
            article.SourceItem,
            article.Title,
            article.Language,
            FormatDate(article.Published),
            article.Dateline,
            article.Url,
            article.Body,
            Entities(article, EntityKind.Person),
            Entities(article, EntityKind.Organisation),
            Entities(article, EntityKind.Place),
            [.. article.Topics.OrderByDescending(t => t.Score).ThenBy(t => t.Topic.Name, StringComparer.Ordinal)
                .Select(t => new TopicRecord(t.Topic.Name, Math.Round(t.Score, 2), KindName(t.Topic.Kind)))],
            [.. article.Quotes.OrderBy(q => q.Start).Select(q => new QuoteRecord(q.Text, q.Start, q.End, q.Speaker?.Name, q.Cue))]);
    }

    /// <summary>One line of JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    private static List<EntityRecord> Entities(Article article, EntityKind kind) =>
        [.. article.Mentions.Where(m => m.Entity.Kind == kind)
            .GroupBy(m => m.EntityId)
            .OrderBy(g => g.Min(m => m.Start))
            .Select(g => new EntityRecord(
                g.First().Entity.Name,
                [.. g.OrderBy(m => m.Start).Select(m => new MentionRecord(m.Text, m.Start, m.End))]))];

    private static string? FormatDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string KindName(TopicKind kind) => kind == TopicKind.Category ? "category" : "keyphrase";
}

/// <summary>An entity of one article: canonical name and mentions.</summary>
public sealed record EntityRecord(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("mentions")] IReadOnlyList<MentionRecord> Mentions)
{
    internal static EntityRecord From(FoundEntity entity) =>
        new(entity.Name, [.. entity.Mentions.Select(m => new MentionRecord(m.Text, m.Start, m.End))]);
}

/// <summary>A name as written in the body, with offsets (end exclusive).</summary>
public sealed record MentionRecord(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);

/// <summary>A topic with its score; <c>kind</c> is <c>keyphrase</c> or <c>category</c>.</summary>
public sealed record TopicRecord(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("kind")] string Kind);

/// <summary>A quote with offsets of its text, its speaker's canonical name or null, and the speech verb or null.</summary>
public sealed record QuoteRecord(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("cue")] string? Cue);
