using System.Collections.Frozen;

namespace NewsArchive.Parsing;

/// <summary>
/// The entry point of parsing: picks a reader by the file's extension and by what its content really is (a
/// <c>.txt</c> that holds HTML or JSON, a feed named <c>.xml</c>, a zip by its signature), and turns any problem
/// into a <see cref="ParseFailure"/> rather than an exception.
/// </summary>
public static class ArticleParser
{
    private static readonly FrozenSet<string> Extensions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".zip");

    /// <summary>Whether <paramref name="path"/> has an extension one of the readers handles.</summary>
    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>Parses one file's bytes. Never throws: bad input gives a file with a failure saying why.</summary>
    /// <param name="source">The path as the caller gave it; it names the articles and failures.</param>
    /// <param name="content">The file's bytes.</param>
    public static ParsedFile Parse(string source, byte[] content) => Parse(source, content, ZipLimits.Default);

    /// <summary>Parses one file's bytes with other limits for zip archives.</summary>
    public static ParsedFile Parse(string source, byte[] content, ZipLimits zipLimits) =>
        Parse(source, content, 0, new ZipArticleReader.Budget(zipLimits));

    internal static ParsedFile Parse(string source, byte[] content, int zipDepth, ZipArticleReader.Budget budget)
    {
        try
        {
            return ParseUnguarded(source, content ?? [], zipDepth, budget);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Readers validate their input; this is the last line of defence against a library's surprise.
            return Failed(source, $"could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    internal static ParsedFile Failed(string source, string reason) => new(source, [], [new ParseFailure(source, reason)]);

    private static ParsedFile ParseUnguarded(string source, byte[] content, int zipDepth, ZipArticleReader.Budget budget)
    {
        var extension = Path.GetExtension(source).ToLowerInvariant();
        if (content.Length == 0)
        {
            return Failed(source, "empty file");
        }

        if (BinarySniffer.IsZip(content))
        {
            return ZipArticleReader.Read(source, content, zipDepth, budget);
        }

        if (extension == ".zip")
        {
            return Failed(source, "not a zip archive (no PK signature)");
        }

        var decoded = TextDecoder.Decode(content, extension);
        if (decoded.Text is null)
        {
            return Failed(source, decoded.Failure!);
        }

        var text = decoded.Text;
        if (text.Trim().Length == 0)
        {
            return Failed(source, "no text (the file holds only whitespace)");
        }

        return FormatSniffer.Detect(extension, text) switch
        {
            TextFormat.PlainText => PlainTextReader.Read(source, text),
            TextFormat.Markdown => MarkdownReader.Read(source, text),
            TextFormat.Html => HtmlReader.Read(source, text),
            TextFormat.Json => JsonArticleReader.Read(source, text),
            TextFormat.JsonLines => JsonArticleReader.ReadLines(source, text),
            TextFormat.Feed => FeedArticleReader.Read(source, text),
            _ => PlainTextReader.Read(source, text),
        };
    }
}
