using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Finds sports line-ups: a block of short lines that each hold one name alone, most of them followed by the
/// player's figures in brackets ("Melić (4 buts sur 5 tirs)", "Abalo (2/4)", "Dumoulin (7 arrêts)"). Every name of
/// such a block is a player, whatever it would mean alone ("Porte", "Costa", "Annonay").
/// </summary>
internal static class LineUps
{
    // Fewer lines with figures than this are no line-up ("Paris (AFP)" on one line).
    private const int MinFigureLines = 3;

    public static void MarkPlayers(string text, List<Token> tokens, List<Candidate> candidates)
    {
        var block = new List<Candidate>();
        var figures = 0;
        var previousLineEnd = -1;
        foreach (var c in candidates)
        {
            // Only white space back to the line's start and after the name (or its figures) to the line's end: each
            // test stops at the first other character, so long paragraphs cost nothing.
            var lineStart = BlankBackTo(text, tokens[c.MentionFirst].Start);
            var (rest, lineEnd) = lineStart < 0 || c.Count > 3 ? (Line.Other, -1) : Rest(text, tokens[c.Last].End);
            if (rest == Line.Other)
            {
                continue;
            }

            // A block goes on over the next line, or over one blank line between the two teams.
            if (previousLineEnd < 0 || !IsBlank(text, previousLineEnd, lineStart))
            {
                Close(block, figures);
                block.Clear();
                figures = 0;
            }

            block.Add(c);
            figures += rest == Line.Figures ? 1 : 0;
            previousLineEnd = lineEnd;
        }

        Close(block, figures);
    }

    private enum Line
    {
        NameOnly,
        Figures,
        Other,
    }

    private static void Close(List<Candidate> block, int figures)
    {
        if (figures < MinFigureLines || figures * 2 < block.Count)
        {
            return;
        }

        foreach (var c in block)
        {
            c.Kind = EntityKind.Person;
            c.MentionFirst = c.First;
            c.MentionLast = c.Last;
        }
    }

    // The start of the line when only spaces stand between it and the offset, else -1.
    private static int BlankBackTo(string text, int start)
    {
        var p = start;
        while (p > 0 && text[p - 1] is ' ' or '\t')
        {
            p--;
        }

        return p == 0 || text[p - 1] == '\n' ? p : -1;
    }

    // What follows the name on its line: nothing, or short brackets that open on a number ("(2/4)", "(7 arrêts)").
    private static (Line Kind, int LineEnd) Rest(string text, int from)
    {
        const int MaxFigures = 40;
        var p = SkipSpaces(text, from);
        if (p == text.Length || text[p] == '\n')
        {
            return (Line.NameOnly, p);
        }

        if (text[p] != '(' || p + 1 >= text.Length || !char.IsAsciiDigit(text[p + 1]))
        {
            return (Line.Other, -1);
        }

        var close = text.AsSpan(p, Math.Min(MaxFigures, text.Length - p)).IndexOfAny(')', '\n');
        if (close < 0 || text[p + close] != ')')
        {
            return (Line.Other, -1);
        }

        var end = SkipSpaces(text, p + close + 1);
        return end == text.Length || text[end] == '\n' ? (Line.Figures, end) : (Line.Other, -1);
    }

    private static int SkipSpaces(string text, int p)
    {
        while (p < text.Length && text[p] is ' ' or '\t')
        {
            p++;
        }

        return p;
    }

    // Only white space (and at most two line breaks: one blank line) between two offsets.
    private static bool IsBlank(string text, int from, int to)
    {
        var breaks = 0;
        for (var p = from; p < to; p++)
        {
            if (text[p] == '\n')
            {
                breaks++;
            }
            else if (!char.IsWhiteSpace(text[p]))
            {
                return false;
            }
        }

        return breaks <= 2;
    }
}
