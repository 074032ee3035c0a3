using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>
/// Reads articles from JSON: one record, an array of records, or an object holding one under <c>articles</c>,
/// <c>items</c> or <c>data</c>; and JSON Lines, one record a line. Each record is one article (Item = its index);
/// a bad record is a failure named <c>file.json#12</c> while the others still parse.
/// </summary>
internal static partial class JsonArticleReader
{
    private static readonly string[] Containers = ["articles", "items", "data", "entries", "posts", "results", "records"];
    private static readonly string[] TitleKeys = ["title", "headline"];
    private static readonly string[] BodyKeys = ["body", "text", "content", "articleBody"];
    private static readonly string[] DateKeys = ["date", "published", "publishedAt", "datePublished", "published_at", "pubDate"];
    private static readonly string[] UrlKeys = ["url", "link"];
    private static readonly string[] LanguageKeys = ["language", "lang", "inLanguage"];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static ParsedFile Read(string source, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            // A .json file holding one record a line is JSON Lines under the wrong name.
            return FormatSniffer.LooksLikeJsonLines(text) ? ReadLines(source, text) : ArticleParser.Failed(source, Describe(ex));
        }

        using (document)
        {
            var root = document.RootElement;
            var records = Records(root);
            if (records is null)
            {
                return ArticleParser.Failed(source, $"the JSON holds {Kind(root)}, not article records");
            }

            return Collect(source, records.Select((record, index) => (index, (JsonElement?)record, (string?)null)));
        }
    }

    public static ParsedFile ReadLines(string source, string text)
    {
        var lines = text.Split('\n');
        var results = new List<(int, JsonElement?, string?)>();
        var documents = new List<JsonDocument>();
        try
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim().Length == 0)
                {
                    continue;
                }

                try
                {
                    var document = JsonDocument.Parse(lines[i], Options);
                    documents.Add(document);
                    results.Add((i, document.RootElement, null));
                }
                catch (JsonException ex)
                {
                    results.Add((i, null, Describe(ex, line: i + 1)));
                }
            }

            return results.Count == 0 ? ArticleParser.Failed(source, "no JSON records") : Collect(source, results);
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    private static ParsedFile Collect(string source, IEnumerable<(int Index, JsonElement? Record, string? Error)> records)
    {
        var articles = new List<ParsedArticle>();
        var failures = new List<ParseFailure>();
        foreach (var (index, record, error) in records)
        {
            var name = $"{source}#{index}";
            var reason = error ?? Problem(record!.Value);
            if (reason is not null)
            {
                failures.Add(new ParseFailure(name, reason));
                continue;
            }

            articles.Add(Article(source, index, record!.Value));
        }

        return new ParsedFile(source, articles, failures);
    }

    private static List<JsonElement>? Records(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return [.. root.EnumerateArray()];
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var key in Containers)
        {
            if (JsonFields.Find(root, key) is { ValueKind: JsonValueKind.Array } array)
            {
                return [.. array.EnumerateArray()];
            }
        }

        return [root];
    }

    // Why a record cannot be an article, or null when it can.
    private static string? Problem(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return $"a record must be an object, not {Kind(record)}";
        }

        foreach (var key in TitleKeys.Concat(DateKeys).Concat(UrlKeys).Concat(LanguageKeys).Concat(["source"]))
        {
            if (JsonFields.Find(record, key) is { } value && value.ValueKind is not JsonValueKind.String)
            {
                return $"\"{key}\" should be a string, not {Kind(value)}";
            }
        }

        foreach (var key in BodyKeys)
        {
            if (JsonFields.Find(record, key) is { } value)
            {
                if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Array) || (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String)))
                {
                    return $"\"{key}\" should be a string or a list of paragraphs, not {Kind(value)}";
                }

                return BodyText(value).Length == 0 ? "no body (the text is empty)" : null;
            }
        }

        return "no body (none of: " + string.Join(", ", BodyKeys) + ")";
    }

    private static ParsedArticle Article(string source, int index, JsonElement record)
    {
        var body = BodyKeys.Select(k => JsonFields.Find(record, k)).First(v => v is not null)!.Value;
        var text = BodyText(body);
        IReadOnlyList<TextSpan>? headings = null;
        if (LooksLikeHtml(text))
        {
            var html = HtmlText.FromHtml(text);
            (text, headings) = (html.Text, html.Headings);
        }

        var title = First(record, TitleKeys);
        var published = DateParser.Parse(First(record, DateKeys));
        return ArticleBuilder.Build(source, HtmlMetadata.Clean(title), text, published, headings: headings) with
        {
            Item = index,
            Language = LanguageTag.Normalise(First(record, LanguageKeys)),
            Url = HtmlMetadata.WebUrl(First(record, UrlKeys)),
            Author = JsonFields.People(record, "author") ?? JsonFields.People(record, "authors") ?? JsonFields.People(record, "byline"),
            Tags = [.. JsonFields.Strings(record, "tags").Concat(JsonFields.Strings(record, "keywords")).Distinct(StringComparer.Ordinal)],
        };
    }

    private static string BodyText(JsonElement body) => TextDecoder.Normalise(body.ValueKind == JsonValueKind.Array
        ? string.Join("\n\n", body.EnumerateArray().Select(p => p.GetString()!.Trim()).Where(p => p.Length > 0))
        : body.GetString()!).Trim();

    private static string? First(JsonElement record, string[] keys) =>
        keys.Select(k => JsonFields.Find(record, k)).FirstOrDefault(v => v is { ValueKind: JsonValueKind.String })?.GetString();

    private static bool LooksLikeHtml(string text) => HtmlTag().IsMatch(text);

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    // System.Text.Json counts from zero; people count lines and columns from one.
    private static string Describe(JsonException ex, int? line = null)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        cut = cut < 0 ? message.IndexOf(" LineNumber:", StringComparison.Ordinal) : cut;
        var what = Whitespace().Replace(cut < 0 ? message : message[..cut], " ").Trim();
        var lineNumber = line ?? (int)(ex.LineNumber ?? 0) + 1;
        var position = (ex.BytePositionInLine ?? 0) + 1;
        return $"invalid JSON at line {lineNumber}, position {position}: {what}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<(?:p|div|br|a|em|strong|b|i|span|h[1-6]|ul|ol|li|blockquote|img|script|iframe|figure)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();
}
