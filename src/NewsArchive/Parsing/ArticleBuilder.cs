using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>
/// The last step every reader shares: takes a leading dateline out of the body into metadata, trims, derives a
/// title when the source gave none, and records subheads (dash-framed lines and, for HTML, headings) as spans.
/// </summary>
internal static partial class ArticleBuilder
{
    /// <param name="source">Where the article came from.</param>
    /// <param name="title">The source's headline, or null to derive one from the lead.</param>
    /// <param name="body">Plain text, already normalised.</param>
    /// <param name="published">The date the source's metadata gives, if any.</param>
    /// <param name="place">A dateline place the source's layout gives, if any.</param>
    /// <param name="headings">Spans of headings inside <paramref name="body"/> (HTML, Markdown).</param>
    public static ParsedArticle Build(string source, string? title, string body, DateOnly? published, string? place = null, IReadOnlyList<TextSpan>? headings = null)
    {
        var offset = body.Length - body.TrimStart().Length;
        body = body.Trim();
        var dateline = DatelineParser.Find(body);
        if (dateline is not null && dateline.Length < body.Length)
        {
            place ??= dateline.Place;
            published ??= dateline.Published;
            var rest = body[dateline.Length..];
            var skipped = dateline.Length + (rest.Length - rest.TrimStart().Length);
            body = body[skipped..];
            offset += skipped;
        }

        var spans = (headings ?? [])
            .Select(h => new TextSpan(h.Start - offset, h.End - offset))
            .Where(h => h.Start >= 0 && h.End <= body.Length && h.Start < h.End)
            .Concat(Subheads(body))
            .Distinct()
            .OrderBy(h => h.Start)
            .ToList();

        title = string.IsNullOrWhiteSpace(title) ? LeadTitle.From(body) : Whitespace().Replace(title, " ").Trim();
        return new ParsedArticle(source, 0, title, body, Published: published, Dateline: place, Subheadings: spans);
    }

    /// <summary>Spans of subhead lines such as <c>- Les inquiétudes de Tokyo -</c>, without the dashes.</summary>
    internal static IEnumerable<TextSpan> Subheads(string body) =>
        SubheadLine().Matches(body).Select(m => new TextSpan(m.Groups["text"].Index, m.Groups["text"].Index + m.Groups["text"].Length));

    [GeneratedRegex(@"^[ \t]*[-–—][ \t]+(?<text>\S(?:[^\n]{0,148}\S)?)[ \t]+[-–—][ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SubheadLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
