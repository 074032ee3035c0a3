using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsArchive.Parsing;

/// <summary>What an HTML page's head and JSON-LD say about its article.</summary>
internal sealed record HtmlMetadata(
    string? Title, string? Language, DateOnly? Published, string? Author, string? Url, IReadOnlyList<string> Tags, string? Body)
{
    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle"];

    public static HtmlMetadata From(IHtmlDocument document)
    {
        var ld = JsonLdArticle(document);
        string? Meta(string key) => Clean(document.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content"));

        var title = Clean(ld?.Headline) ?? Meta("og:title") ?? Meta("twitter:title") ?? Clean(document.Title)
            ?? Clean(document.QuerySelector("h1")?.TextContent);
        var language = LanguageTag.Normalise(ld?.Language ?? document.DocumentElement.GetAttribute("lang")
            ?? document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content") ?? Meta("og:locale"));
        var published = DateParser.Parse(ld?.Published) ?? DateParser.Parse(Meta("article:published_time"))
            ?? DateParser.Parse(Meta("date")) ?? DateParser.Parse(Meta("pubdate")) ?? DateParser.Parse(Meta("dc.date"))
            ?? DateParser.Parse(document.QuerySelector("article time[datetime], time[pubdate]")?.GetAttribute("datetime"));
        var author = Clean(ld?.Author) ?? AuthorName(Meta("article:author")) ?? Meta("author") ?? Meta("dc.creator")
            ?? Clean(document.QuerySelector("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .author, .byline__author")?.TextContent);
        var url = WebUrl(ld?.Url) ?? WebUrl(Meta("og:url")) ?? WebUrl(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        var tags = document.QuerySelectorAll("meta[property='article:tag']").Select(m => Clean(m.GetAttribute("content")))
            .Concat((Meta("keywords") ?? "").Split(',').Select(Clean))
            .Concat(ld?.Keywords ?? [])
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new HtmlMetadata(title, language, published, author, url, tags, ld?.Body);
    }

    private sealed record LdArticle(string? Headline, string? Published, string? Author, string? Url, string? Body, string? Language, IReadOnlyList<string> Keywords);

    private static LdArticle? JsonLdArticle(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the other metadata still counts.
            }
        }

        return null;
    }

    private static LdArticle? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(FindArticle).FirstOrDefault(a => a is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            return FindArticle(graph);
        }

        if (!element.TryGetProperty("@type", out var type) || !TypeNames(type).Any(t => ArticleTypes.Contains(t, StringComparer.Ordinal)))
        {
            return null;
        }

        return new LdArticle(
            JsonFields.String(element, "headline") ?? JsonFields.String(element, "name"),
            JsonFields.String(element, "datePublished") ?? JsonFields.String(element, "dateCreated"),
            JsonFields.People(element, "author"),
            JsonFields.String(element, "url") ?? JsonFields.String(element, "mainEntityOfPage"),
            JsonFields.String(element, "articleBody"),
            JsonFields.String(element, "inLanguage"),
            JsonFields.Strings(element, "keywords"));
    }

    private static IEnumerable<string> TypeNames(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
        _ => [],
    };

    // article:author is often a profile URL rather than a name.
    private static string? AuthorName(string? value) => value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;

    internal static string? WebUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.OriginalString : null;

    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', TextDecoder.Normalise(value).Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
