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
            var start = tokens[c.MentionFirst].Start;
            var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
            var lineEnd = text.IndexOf('\n', tokens[c.Last].End);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var alone = IsBlank(text, lineStart, start) && c.Count <= 3;
            var rest = alone ? Rest(text, tokens[c.Last].End, lineEnd) : Line.Other;
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

    // What follows the name on its line: nothing, or brackets that open on a number ("(2/4)", "(7 arrêts)").
    private static Line Rest(string text, int from, int lineEnd)
    {
        var p = from;
        while (p < lineEnd && text[p] is ' ' or '\t')
        {
            p++;
        }

        if (p == lineEnd)
        {
            return Line.NameOnly;
        }

        if (text[p] != '(' || p + 1 >= lineEnd || !char.IsAsciiDigit(text[p + 1]))
        {
            return Line.Other;
        }

        var close = text.IndexOf(')', p, lineEnd - p);
        return close > 0 && IsBlank(text, close + 1, lineEnd) ? Line.Figures : Line.Other;
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
