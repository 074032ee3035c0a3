using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Parsing;

/// <summary>The YAML front matter of a Markdown file, reduced to the fields an article uses.</summary>
internal sealed record FrontMatter(string? Title, DateOnly? Published, string? Url, string? Language, IReadOnlyList<string> Tags, string? Author)
{
    private const int MaxYamlLength = 64 * 1024;

    /// <summary>Separates front matter (between <c>---</c> lines at the very start) from the Markdown.</summary>
    public static (FrontMatter? Front, string Markdown, string? Failure) Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, text, null);
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var endDots = text.IndexOf("\n...", 3, StringComparison.Ordinal);
        end = end < 0 || (endDots >= 0 && endDots < end) ? endDots : end;
        if (end < 0)
        {
            return (null, text, null);
        }

        var yaml = text[4..end];
        var lineEnd = text.IndexOf('\n', end + 1);
        var markdown = lineEnd < 0 ? "" : text[(lineEnd + 1)..];
        if (yaml.Length > MaxYamlLength)
        {
            return (null, markdown, "front matter too large");
        }

        try
        {
            return (Parse(yaml), markdown, null);
        }
        catch (YamlException ex)
        {
            return (null, markdown, $"invalid YAML front matter at line {ex.Start.Line + 1}, column {ex.Start.Column}: {ex.Message}");
        }
    }

    // The representation model keeps an alias as a reference to one node, so "billion laughs" YAML cannot expand.
    private static FrontMatter? Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            return null;
        }

        string? Scalar(params string[] keys) => keys
            .Select(k => map.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && string.Equals(s.Value, k, StringComparison.OrdinalIgnoreCase)).Value)
            .OfType<YamlScalarNode>()
            .Select(s => HtmlMetadata.Clean(s.Value))
            .FirstOrDefault(v => v is not null);

        IReadOnlyList<string> List(string key) => map.Children
            .FirstOrDefault(p => p.Key is YamlScalarNode s && string.Equals(s.Value, key, StringComparison.OrdinalIgnoreCase)).Value switch
        {
            YamlSequenceNode seq => [.. seq.Children.Take(200).OfType<YamlScalarNode>().Select(s => HtmlMetadata.Clean(s.Value)).OfType<string>()],
            YamlScalarNode s => [.. (s.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            _ => [],
        };

        var authors = List("author").Concat(List("authors")).ToList();
        return new FrontMatter(
            Scalar("title", "headline"),
            DateParser.Parse(Scalar("date", "published", "datePublished")),
            HtmlMetadata.WebUrl(Scalar("url", "link", "canonical")),
            LanguageTag.Normalise(Scalar("language", "lang")),
            [.. List("tags").Concat(List("keywords")).Distinct(StringComparer.Ordinal)],
            authors.Count == 0 ? null : string.Join(", ", authors));
    }
}
