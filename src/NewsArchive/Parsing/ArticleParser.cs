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
    public static ParsedFile Parse(string source, byte[] content) => Parse(source, content, zipDepth: 0);

    internal static ParsedFile Parse(string source, byte[] content, int zipDepth)
    {
        try
        {
            return ParseUnguarded(source, content ?? [], zipDepth);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Readers validate their input; this is the last line of defence against a library's surprise.
            return Failed(source, $"could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    internal static ParsedFile Failed(string source, string reason) => new(source, [], [new ParseFailure(source, reason)]);

    private static ParsedFile ParseUnguarded(string source, byte[] content, int zipDepth)
    {
        var extension = Path.GetExtension(source).ToLowerInvariant();
        if (content.Length == 0)
        {
            return Failed(source, "empty file");
        }

        if (BinarySniffer.IsZip(content))
        {
            return Failed(source, "zip archives are not supported yet");
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
            TextFormat.Html => HtmlReader.Read(source, text),
            var format => Failed(source, $"{format} files are not supported yet"),
        };
    }
}
