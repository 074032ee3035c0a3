using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>
/// Reads a plain-text article in one of three layouts: Wikinews (headline, blank line, a date line such as
/// <c>3 mars 2018 . –</c>), a short headline followed by a blank line, or wire copy with no headline, whose
/// title is derived from the lead sentence. A dateline at the start of the body is taken out into metadata.
/// </summary>
internal static partial class PlainTextReader
{
    private const int MaxHeadlineLength = 300;
    private const int MaxPlainHeadlineLength = 150;
    private const int DateLineSearchLines = 80;

    // Wikinews boilerplate printed between headline and date line; "Sur le même sujet" heads a list of links.
    private static readonly string[] Boilerplate =
    [
        "Cet article mentionne la Fondation Wikimedia",
        "État Vérifié",
        "Vous pouvez également consulter",
        "Sur le même sujet",
    ];

    public static ParsedFile Read(string source, string text)
    {
        text = TidyLines(text);
        if (text.Length == 0)
        {
            return ArticleParser.Failed(source, "no text (the file holds only whitespace)");
        }

        var lines = text.Split('\n');
        var article = TryWikinews(source, lines) ?? TryHeadline(source, lines) ?? WireCopy(source, text);
        return article.Body.Length == 0
            ? ArticleParser.Failed(source, "no body text after the headline")
            : new ParsedFile(source, [article], []);
    }

    private static ParsedArticle? TryWikinews(string source, string[] lines)
    {
        if (lines.Length < 3 || lines[1].Length != 0 || lines[0].Length > MaxHeadlineLength)
        {
            return null;
        }

        for (var i = 2; i < Math.Min(lines.Length, DateLineSearchLines); i++)
        {
            var published = DateParser.ParseAtStart(lines[i], out var used);
            if (published is null)
            {
                continue;
            }

            var after = DateLineRest().Match(lines[i][used..]);
            if (!after.Success)
            {
                continue;
            }

            var before = Preamble(lines[2..i]);
            var rest = string.Join('\n', [after.Groups["rest"].Value, .. lines[(i + 1)..]]).Trim();
            var body = before.Length == 0 ? rest : before + "\n\n" + rest;
            var place = TimeOfDay().Replace(after.Groups["place"].Value, "").Trim(' ', ',', '(', ')');
            return ArticleBuilder.Build(source, lines[0], body, published, place.Any(char.IsLetter) ? place : null);
        }

        return null;
    }

    private static ParsedArticle? TryHeadline(string source, string[] lines)
    {
        // A first line ending in a full stop is a one-sentence paragraph, not a headline.
        var first = lines[0];
        if (lines.Length < 3 || lines[1].Length != 0 || first.Length > MaxPlainHeadlineLength
            || (first.EndsWith('.') && !first.EndsWith("...", StringComparison.Ordinal)) || DatelineParser.Find(first) is not null)
        {
            return null;
        }

        return ArticleBuilder.Build(source, first.Trim(), string.Join('\n', lines[2..]), null);
    }

    private static ParsedArticle WireCopy(string source, string text) => ArticleBuilder.Build(source, null, text, null);

    // Paragraphs before the date line are kept (a lead or chapeau) unless they are Wikinews boilerplate.
    private static string Preamble(string[] lines)
    {
        var blocks = string.Join('\n', lines).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kept = new List<string>();
        foreach (var block in blocks)
        {
            var flat = Whitespace().Replace(block, " ");
            if (flat.StartsWith(Boilerplate[^1], StringComparison.Ordinal))
            {
                break;
            }

            if (!Boilerplate.Any(b => flat.StartsWith(b, StringComparison.Ordinal)))
            {
                kept.Add(block);
            }
        }

        return string.Join("\n\n", kept);
    }

    // Trailing spaces go, runs of blank lines shrink to one; leading and trailing blank lines go.
    private static string TidyLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd());
        return BlankRun().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    // After the date: an optional time and place (", 1 h 30 UTC+3", ", Montpellier"), then " . –" and maybe text.
    [GeneratedRegex(@"^(?:,(?<place>[^\n–—]{1,80}?))?\s*\.?\s*(?:[–—]|\s-)(?:\s+(?<rest>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLineRest();

    [GeneratedRegex(@"\d{1,2}\s*(?:h|:)\s*\d{0,2}|\(?UTC(?:[+-]\d{1,2})?\)?", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankRun();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
