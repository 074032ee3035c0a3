using System.Text;

namespace NewsArchive.Storage;

/// <summary>A piece of a title or snippet; highlighted pieces matched the search. Rendered by the view, never as HTML.</summary>
public sealed record HighlightSegment(string Text, bool Highlighted);

/// <summary>
/// Marks a search's terms in an article (<see cref="Mark"/>, for SQLite, whose full-text table keeps no text), turns
/// marked text (private-use marker characters, which article text never holds; PostgreSQL's <c>ts_headline</c> writes
/// them too) into segments, and highlights the words the index matched through their stems.
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
        return Cut(body, starts, [], from, Math.Min(starts.Count, from + words));
    }

    /// <summary>
    /// Marks where <paramref name="query"/>'s terms occur in an article, as FTS5's <c>highlight</c> and <c>snippet</c>
    /// do for a table that holds its text: the whole title, and an excerpt of the body of about <paramref name="words"/>
    /// words (the window holding the most different terms, then the most occurrences, starting a few words before its
    /// first). A term matches folded words in sequence (a phrase), its last word as a prefix when it has a star;
    /// excluded terms are not marked. Words that match only through their stems are left to <see cref="Split"/>. The
    /// snippet is null when no term occurs in the body. Words are folded as everywhere else in the search
    /// (<see cref="SearchText.Fold"/>: every combining mark dropped), which FTS5's <c>remove_diacritics 2</c> does for
    /// Latin letters only: in Cyrillic, Greek, Arabic or Hebrew text a few words that differ only by a mark are marked
    /// alongside the word that matched.
    /// </summary>
    public static (string Title, string? Snippet) Mark(string title, string body, SearchQuery query, int words = 32)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(words);
        var terms = query.Groups.SelectMany(g => g)
            .Select(t => new Term([.. t.Tokens.Select(SearchText.Fold)], t.Prefix))
            .Where(t => t.Tokens.Length > 0 && t.Tokens.All(token => token.Length > 0))
            .ToList();
        var titleSpans = Words(title);
        var markedTitle = Marked(title, titleSpans, Occurrences(title, titleSpans, terms), 0, titleSpans.Count);
        var spans = Words(body);
        var found = Occurrences(body, spans, terms);
        if (found.Count == 0)
        {
            return (markedTitle, null);
        }

        var (from, to) = BestWindow(found, terms.Count, spans.Count, words);
        return (markedTitle, Cut(body, spans, found, from, to));
    }

    /// <summary>Words [from, to) of <paramref name="text"/>, marked (<see cref="Marked"/>) and trimmed, with ellipses where words were cut off.</summary>
    private static string Cut(string text, List<(int Start, int End)> spans, List<Occurrence> found, int from, int to) =>
        (from > 0 ? "…" : "") + Marked(text, spans, found, from, to).Trim() + (to < spans.Count ? "…" : "");

    /// <summary>A searched term as <see cref="Mark"/> matches it: folded tokens in sequence, the last one a prefix or not.</summary>
    private sealed record Term(string[] Tokens, bool Prefix);

    /// <summary>An occurrence of term <c>Term</c> over the words <c>First</c> to <c>Last</c> of a text.</summary>
    private readonly record struct Occurrence(int First, int Last, int Term);

    /// <summary>The occurrences of <paramref name="terms"/> in order, the longest where several start at one word, never overlapping.</summary>
    private static List<Occurrence> Occurrences(string text, List<(int Start, int End)> spans, List<Term> terms)
    {
        var found = new List<Occurrence>();
        if (terms.Count == 0)
        {
            return found;
        }

        // Folded lazily: most words of a text cannot begin any term, and the first letter says so without folding.
        var folded = new string?[spans.Count];
        string Folded(int i) => folded[i] ??= SearchText.Fold(text[spans[i].Start..spans[i].End]);
        bool Fits(int i, string token, bool prefix)
        {
            if (FoldedFirst(text[spans[i].Start]) is { } first && first != token[0])
            {
                return false;
            }

            var word = Folded(i);
            return prefix ? word.StartsWith(token, StringComparison.Ordinal) : word == token;
        }

        for (var i = 0; i < spans.Count;)
        {
            var best = -1;
            for (var t = 0; t < terms.Count; t++)
            {
                var tokens = terms[t].Tokens;
                if (i + tokens.Length > spans.Count || (best >= 0 && tokens.Length <= terms[best].Tokens.Length))
                {
                    continue;
                }

                var k = 0;
                while (k < tokens.Length && Fits(i + k, tokens[k], terms[t].Prefix && k == tokens.Length - 1))
                {
                    k++;
                }

                if (k == tokens.Length)
                {
                    best = t;
                }
            }

            if (best < 0)
            {
                i++;
                continue;
            }

            var length = terms[best].Tokens.Length;
            found.Add(new Occurrence(i, i + length - 1, best));
            i += length;
        }

        return found;
    }

    /// <summary>
    /// The words [from, to) of the snippet: of the windows starting a few words before an occurrence, the one with the
    /// most different terms, then the most occurrences, then the first. An occurrence counts where it overlaps the
    /// window (a phrase longer than the window still marks its part). The windows only move forward, so one pass with
    /// a count per term serves them all, however many times a common word occurs.
    /// </summary>
    private static (int From, int To) BestWindow(List<Occurrence> found, int terms, int count, int words)
    {
        var perTerm = new int[terms];
        var distinct = 0;
        var best = (From: 0, To: Math.Min(count, words), Score: -1);
        int first = 0, end = 0;
        foreach (var anchor in found)
        {
            var from = Math.Max(0, Math.Min(anchor.First - 4, count - words));
            var to = Math.Min(count, from + words);
            for (; end < found.Count && found[end].First < to; end++)
            {
                distinct += perTerm[found[end].Term]++ == 0 ? 1 : 0;
            }

            for (; first < end && found[first].Last < from; first++)
            {
                distinct -= --perTerm[found[first].Term] == 0 ? 1 : 0;
            }

            var score = (distinct * 1000) + (end - first);
            if (score > best.Score)
            {
                best = (from, to, score);
            }
        }

        return (best.From, best.To);
    }

    /// <summary>
    /// The text of words [from, to) (from the text's start or to its end when they are the first or last), each
    /// occurrence between marks, cut to the range where it overlaps an end.
    /// </summary>
    private static string Marked(string text, List<(int Start, int End)> spans, List<Occurrence> found, int from, int to)
    {
        if (spans.Count == 0)
        {
            return text;
        }

        var start = from == 0 ? 0 : spans[from].Start;
        var end = to == spans.Count ? text.Length : spans[to - 1].End;
        var marked = new StringBuilder(end - start + 8);
        var position = start;
        foreach (var occurrence in found.Where(o => o.Last >= from && o.First < to))
        {
            var opening = spans[Math.Max(occurrence.First, from)].Start;
            var closing = spans[Math.Min(occurrence.Last, to - 1)].End;
            marked.Append(text, position, opening - position).Append(Open).Append(text, opening, closing - opening).Append(Close);
            position = closing;
        }

        return marked.Append(text, position, end - position).ToString();
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
