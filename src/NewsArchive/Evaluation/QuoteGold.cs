using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Extraction;
using NewsArchive.Parsing;

namespace NewsArchive.Evaluation;

/// <summary>One hand-annotated quote: its text as in the body (marks excluded), its speaker's full name or null, and its cue.</summary>
public sealed record GoldQuote(string Text, string? Speaker, string? Cue);

/// <summary>
/// The gold quotes of one article (<c>eval/quotes/*.json</c>, <c>eval/quotes/en/*.json</c>): the article's repository
/// path, the part of the gold it belongs to (<c>tuning</c> or <c>heldout</c>), its quotes, for articles with no
/// WiNER-fr annotation the people and organisations an annotator listed (used when evaluating with gold entities),
/// and its language when it is not French.
/// </summary>
public sealed record QuoteGold(
    string Source,
    string Part,
    IReadOnlyList<GoldQuote> Quotes,
    IReadOnlyList<string>? People = null,
    IReadOnlyList<string>? Organisations = null,
    string? Language = null)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads every <c>*.json</c> of <paramref name="directory"/>, in name order.</summary>
    public static IReadOnlyList<QuoteGold> ReadAll(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal)
            .Select(path => JsonSerializer.Deserialize<QuoteGold>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path} holds no gold quotes."))];

    /// <summary>
    /// The article the gold was written against, read by <see cref="ArticleParser"/> as the importer reads it
    /// (Wikinews: title = first line, body = what follows the date line; the seed: body after its dateline).
    /// </summary>
    /// <exception cref="InvalidDataException">The parser gave no article for the file.</exception>
    public ParsedArticle Article(string root)
    {
        var parsed = ArticleParser.Parse(Source, File.ReadAllBytes(Path.Combine(root, Source)));
        return parsed.Articles.Count == 1
            ? parsed.Articles[0]
            : throw new InvalidDataException($"{Source}: {string.Join("; ", parsed.Failures.Select(f => f.Reason))}");
    }

    /// <summary>The gold entities of the article: WiNER-fr's Person and Organization surfaces, or the listed names.</summary>
    public (IReadOnlyList<FoundEntity> People, IReadOnlyList<FoundEntity> Organisations) Entities(string root, string body)
    {
        var annotation = Path.Combine(root, "eval", "winer-fr", Path.ChangeExtension(Source.Replace("seeds/wikinews-fr/", "", StringComparison.Ordinal), ".ann"));
        List<string> people = [.. People ?? []], organisations = [.. Organisations ?? []];
        if (File.Exists(annotation))
        {
            foreach (var line in File.ReadLines(annotation))
            {
                var columns = line.Split('\t');
                if (columns.Length == 3 && columns[1].Split(' ')[0] is var type)
                {
                    (type == "Person" ? people : type == "Organization" ? organisations : null)?.Add(columns[2]);
                }
            }
        }

        return (Group(people, body), Group(organisations, body));
    }

    // A surface that is the tail of a longer one (Hayashi, Yoshimasa Hayashi; Erdogan, Recep Tayyip Erdoğan) or
    // its acronym (MSF, Médecins sans frontières) is one entity named by the longest, as an entity finder would.
    private static List<FoundEntity> Group(List<string> surfaces, string body)
    {
        var distinct = surfaces.Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ToList();
        var groups = new List<(string Name, List<string> Forms)>();
        foreach (var surface in distinct)
        {
            var key = NameKey.Of(surface);
            var owner = groups.FindIndex(g => NameKey.Of(g.Name) is var name && (name == key || name.EndsWith(" " + key, StringComparison.Ordinal) || IsAcronymOf(surface, g.Name)));
            if (owner >= 0)
            {
                groups[owner].Forms.Add(surface);
            }
            else
            {
                groups.Add((surface, [surface]));
            }
        }

        return [.. groups.Select(g => new FoundEntity(g.Name, [.. g.Forms.SelectMany(form => Mentions(form, body))]))];
    }

    private static bool IsAcronymOf(string acronym, string name)
    {
        if (acronym.Length is < 2 or > 6 || !acronym.All(char.IsUpper))
        {
            return false;
        }

        var words = name.Split([' ', '\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
        var capitals = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        var content = string.Concat(words.Where(w => w.Length > 3 || char.IsUpper(w[0])).Select(w => char.ToUpperInvariant(w[0])));
        return acronym == initials || acronym == capitals || acronym == content;
    }

    private static IEnumerable<FoundMention> Mentions(string form, string body)
    {
        for (var at = body.IndexOf(form, StringComparison.Ordinal); at >= 0; at = body.IndexOf(form, at + form.Length, StringComparison.Ordinal))
        {
            yield return new FoundMention(form, at, at + form.Length);
        }
    }
}

/// <summary>How the evaluation gets the people and organisations that speakers are chosen from.</summary>
public enum EntitySource
{
    /// <summary>The whole pipeline: ArticleAnalyzer.Default's own entities.</summary>
    Pipeline = 1,

    /// <summary>Gold entities (WiNER-fr annotations, or the names listed in the gold file): measures quotes alone.</summary>
    Gold = 2,
}

/// <summary>Precision, recall and F1 of quote spans at one overlap threshold.</summary>
public sealed record SpanScore(int Matched, int Gold, int Found)
{
    public double Precision => Found == 0 ? 0 : (double)Matched / Found;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SpanScore operator +(SpanScore a, SpanScore b) => new(a.Matched + b.Matched, a.Gold + b.Gold, a.Found + b.Found);

    [JsonIgnore]
    public static SpanScore Zero { get; } = new(0, 0, 0);
}
