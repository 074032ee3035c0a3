using System.Collections.Frozen;

namespace NewsArchive.Parsing;

/// <summary>
/// Estimates how deeply an HTML text nests its elements, with one pass over the characters. AngleSharp caps the
/// tree's depth but pays for every level beyond the cap (20,000 nested divs take seconds), so absurd nesting is
/// refused before parsing.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Real pages stay far below this.</summary>
    public const int MaxDepth = 1_000;

    // Void elements never close; these close implicitly and would inflate the count on ordinary pages.
    private static readonly FrozenSet<string> NotCounted = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp");

    public static bool IsTooDeep(string html) => Estimate(html) > MaxDepth;

    public static int Estimate(string html)
    {
        int depth = 0, deepest = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start || (end - start > 0 && !char.IsAsciiLetter(html[start])))
            {
                continue;
            }

            var name = html.AsSpan(start, end - start);
            if (NotCounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                continue;
            }

            var close = html.IndexOf('>', end);
            if (!closing && close > 0 && html[close - 1] == '/')
            {
                continue;
            }

            depth = Math.Max(0, depth + (closing ? -1 : 1));
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }
}
