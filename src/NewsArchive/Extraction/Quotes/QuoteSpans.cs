namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// A span between quotation marks: <see cref="Open"/> and <see cref="Close"/> bound it marks included,
/// <see cref="Start"/> and <see cref="End"/> bound its text (trimmed, marks excluded).
/// <see cref="Continues"/> is set on a paragraph that reopens an unclosed quote of the paragraph before.
/// </summary>
internal sealed record QuoteSpan(int Open, int Start, int End, int Close, bool Continues);

/// <summary>Finds « … », “ … ” and "…" spans of a body, paragraph by paragraph.</summary>
internal static class QuoteSpans
{
    public static IReadOnlyList<QuoteSpan> Find(string body)
    {
        var spans = new List<QuoteSpan>();
        var lineStart = 0;
        var carried = false;
        while (lineStart <= body.Length)
        {
            var lineEnd = body.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = body.Length;
            }

            carried = FindInLine(body, lineStart, lineEnd, carried, spans);
            lineStart = lineEnd + 1;
        }

        return spans;
    }

    // Returns whether the line leaves a « open, which the next line may continue by opening with « again.
    private static bool FindInLine(string body, int from, int to, bool carried, List<QuoteSpan> spans)
    {
        var first = spans.Count;
        var open = -1;
        var depth = 0;
        var continues = false;
        var leftOpen = false;
        for (var i = from; i < to; i++)
        {
            var c = body[i];
            if (c is '«' or '“')
            {
                if (depth == 0)
                {
                    open = i;
                    continues = carried && spans.Count == first && IsLineOpening(body, from, i);
                }

                depth++;
            }
            else if (c is '»' or '”' && depth > 0)
            {
                depth--;
                if (depth == 0)
                {
                    Add(body, open, i + 1, continues, spans);
                }
            }
        }

        if (depth > 0)
        {
            // An unclosed quote runs to the end of its paragraph.
            Add(body, open, to, continues, spans);
            leftOpen = body[open] == '«';
        }

        AddStraight(body, from, to, spans, first);
        return leftOpen;
    }

    private static bool IsLineOpening(string body, int from, int index)
    {
        for (var i = from; i < index; i++)
        {
            if (!QuoteText.IsSpace(body[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Straight quotes pair in order within a paragraph, outside the typographic spans already found; an opening
    // mark follows a space or an opening bracket, a closing one precedes a space or punctuation.
    private static void AddStraight(string body, int from, int to, List<QuoteSpan> spans, int first)
    {
        var open = -1;
        for (var i = from; i < to; i++)
        {
            if (body[i] != '"' || Inside(spans, first, i))
            {
                continue;
            }

            var before = i == from ? ' ' : body[i - 1];
            var after = i + 1 < to ? body[i + 1] : ' ';
            if (open < 0 && (QuoteText.IsSpace(before) || before is '(' or '[' or ':') && !QuoteText.IsSpace(after))
            {
                open = i;
            }
            else if (open >= 0 && !QuoteText.IsSpace(before) && (QuoteText.IsSpace(after) || char.IsPunctuation(after)))
            {
                Add(body, open, i + 1, false, spans);
                open = -1;
            }
        }

        spans.Sort((a, b) => a.Open.CompareTo(b.Open));
    }

    private static bool Inside(List<QuoteSpan> spans, int first, int index)
    {
        for (var i = first; i < spans.Count; i++)
        {
            if (index >= spans[i].Open && index < spans[i].Close)
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(string body, int open, int close, bool continues, List<QuoteSpan> spans)
    {
        var start = open + 1;
        var end = close > start && body[close - 1] is '»' or '”' or '"' ? close - 1 : close;
        while (start < end && (QuoteText.IsSpace(body[start]) || IsStrayMark(body, start, end)))
        {
            start++;
        }

        while (end > start && QuoteText.IsSpace(body[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new QuoteSpan(open, start, end, close, continues));
        }
    }

    // A lone straight quote opening a guillemet span (« "Tellement triste … ») is a typing slip, not text.
    private static bool IsStrayMark(string body, int index, int end) =>
        body[index] == '"' && body.IndexOf('"', index + 1, end - index - 1) < 0;
}
