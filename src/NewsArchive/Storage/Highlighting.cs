using System.Text;

namespace NewsArchive.Storage;

/// <summary>A piece of a title or snippet; highlighted pieces matched the search. Rendered by the view, never as HTML.</summary>
public sealed record HighlightSegment(string Text, bool Highlighted);

/// <summary>
/// Turns text marked by FTS5 <c>highlight</c>/<c>snippet</c> (private-use marker characters, which article text never
/// holds) into segments, and highlights the words the index matched through their stems, which FTS5 cannot mark
/// because they matched in the stem columns.
/// </summary>
public static class Highlighting
{
    /// <summary>Opens a highlighted run in FTS5 output (U+E000, private use).</summary>
    public const char Open = '\uE000';

    /// <summary>Closes a highlighted run in FTS5 output (U+E001, private use).</summary>
    public const char Close = '\uE001';

    /// <summary>
    /// The segments of <paramref name="marked"/>. Unmarked words whose folded French or English stem is in
    /// <paramref name="stems"/> are highlighted too. Adjacent segments of the same kind are merged.
    /// </summary>
    public static IReadOnlyList<HighlightSegment> Split(string marked, IReadOnlySet<string>? stems = null)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var segments = new List<HighlightSegment>();
        var text = new StringBuilder();
        var highlighted = false;
        foreach (var c in marked)
        {
            if (c is Open or Close)
            {
                Flush(segments, text, highlighted, stems);
                highlighted = c == Open;
            }
            else
            {
                text.Append(c);
            }
        }

        Flush(segments, text, highlighted, stems);
        return segments;
    }

    /// <summary>
    /// A marked excerpt of <paramref name="body"/> of about <paramref name="words"/> words, starting a few words before
    /// the first word whose stem is in <paramref name="stems"/> (or at the start when none is), with ellipses where cut.
    /// </summary>
    public static string Excerpt(string body, IReadOnlySet<string> stems, int words = 32)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(stems);
        var starts = Words(body);
        if (starts.Count == 0)
        {
            return "";
        }

        var first = starts.FindIndex(w => Matches(body[w.Start..w.End], stems));
        var from = Math.Max(0, first - 4);
        var to = Math.Min(starts.Count, from + words);
        var start = from == 0 ? 0 : starts[from].Start;
        var end = to == starts.Count ? body.Length : starts[to - 1].End;
        return (from > 0 ? "…" : "") + body[start..end].Trim() + (to < starts.Count ? "…" : "");
    }

    private static void Flush(List<HighlightSegment> segments, StringBuilder text, bool highlighted, IReadOnlySet<string>? stems)
    {
        if (text.Length == 0)
        {
            return;
        }

        var value = text.ToString();
        text.Clear();
        if (highlighted || stems is null || stems.Count == 0)
        {
            Add(segments, value, highlighted);
            return;
        }

        var position = 0;
        foreach (var (start, end) in Words(value))
        {
            if (Matches(value[start..end], stems))
            {
                Add(segments, value[position..start], false);
                Add(segments, value[start..end], true);
                position = end;
            }
        }

        Add(segments, value[position..], false);
    }

    private static void Add(List<HighlightSegment> segments, string text, bool highlighted)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Highlighted == highlighted)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new HighlightSegment(text, highlighted));
        }
    }

    private static bool Matches(string word, IReadOnlySet<string> stems)
    {
        // A Snowball stem (French or English) keeps its word's first letter, so a word whose folded first letter
        // begins no stem cannot match: that cheap test spares most words of a page two stemmings and two foldings.
        if (word.Length > 0 && FoldedFirst(word[0]) is { } first && !stems.Any(s => s.Length > 0 && s[0] == first))
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        return stems.Contains(SearchText.Fold(SearchText.Stem(lower, "fr")))
            || stems.Contains(SearchText.Fold(SearchText.Stem(lower, "en")));
    }

    /// <summary>The first letter as <see cref="SearchText.Fold"/> writes it, when that is a single ASCII character; else null (no shortcut).</summary>
    private static char? FoldedFirst(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : null;
        }

        var folded = SearchText.Fold(c.ToString());
        return folded.Length == 1 && folded[0] < 128 ? folded[0] : null;
    }

    private static List<(int Start, int End)> Words(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && SearchText.IsWordChar(text[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                words.Add((start, i));
                start = -1;
            }
        }

        return words;
    }
}
