namespace NewsArchive.Extraction.Text;

/// <summary>
/// Splits French or English text into words, numbers and punctuation with offsets, and marks sentence starts.
/// Keeps hyphenated words whole (<c>Jean-Yves</c>, <c>a-t-il</c>), ends elided articles at the apostrophe
/// (<c>l'</c>, <c>qu'</c>, also Wikinews' detached <c>l' International</c>), keeps initials and dotted
/// abbreviations whole (<c>M.</c>, <c>U.S.</c>, <c>D.C.</c>), and splits the English possessive (<c>Trump's</c>) and
/// a stance prefix from the name it takes (<c>anti-Trump</c>, <c>pro-Erdogan</c>).
/// </summary>
internal static class Tokenizer
{
    // Lower-cased elision prefixes: "l'", "d'", "qu'", "jusqu'" ...
    private static readonly string[] Elisions = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "quelqu"];

    /// <summary>Tokenises <paramref name="text"/>; <paramref name="abbreviations"/> are words that keep a following dot (<c>Dr</c>, <c>Inc</c>).</summary>
    public static List<Token> Tokenize(string text, Func<ReadOnlySpan<char>, bool> abbreviations)
    {
        var tokens = new List<Token>(text.Length / 5);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                sentenceStart = true;
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var end = ScanWord(text, i, abbreviations);
                tokens.Add(new Token(i, end, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word, char.IsUpper(c), sentenceStart));
                sentenceStart = false;
                i = end;
            }
            else
            {
                var end = i + 1;
                if (c is '\'' or '’' && end < text.Length && text[end] is 's' or 'S' && (end + 1 == text.Length || !char.IsLetter(text[end + 1])))
                {
                    end++; // the English possessive "'s"
                }
                else if (c == '.')
                {
                    while (end < text.Length && text[end] == '.')
                    {
                        end++;
                    }
                }

                tokens.Add(new Token(i, end, TokenKind.Punctuation, false, false));
                if (c is '.' or '!' or '?' or '…' or '«' or '“' or '"' or '•')
                {
                    sentenceStart = true;
                }

                i = end;
            }
        }

        return tokens;
    }

    private static bool IsStance(ReadOnlySpan<char> word) => word is "anti" or "pro" or "Anti" or "Pro";

    private static int ScanWord(string text, int start, Func<ReadOnlySpan<char>, bool> abbreviations)
    {
        var j = start;
        var segment = start;
        while (j < text.Length)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                j++;
            }
            else if (c is '-' or '\u2011' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]))
            {
                if (IsStance(text.AsSpan(start, j - start)) && char.IsUpper(text[j + 1]))
                {
                    // "anti-Trump", "pro-Erdogan": the name after a stance prefix is a word of its own.
                    return j;
                }

                j++;
                segment = j;
            }
            else if (c is '\'' or '’')
            {
                if (IsElision(text.AsSpan(start, j - start)))
                {
                    return j + 1;
                }

                var nextIsLetter = j + 1 < text.Length && char.IsLetter(text[j + 1]);
                var possessive = nextIsLetter && text[j + 1] is 's' or 'S' && (j + 2 == text.Length || !char.IsLetter(text[j + 2]));
                if (!nextIsLetter || possessive)
                {
                    return j;
                }

                j++;
            }
            else if (c == '.')
            {
                var initial = j - segment == 1 && char.IsUpper(text[segment]);
                if (initial || (segment == start && abbreviations(text.AsSpan(start, j - start))))
                {
                    j++;
                    segment = j;
                    // "U.S." and "D.C.": an initial directly followed by another letter goes on.
                    if (initial && j + 1 < text.Length && char.IsUpper(text[j]) && text[j + 1] == '.')
                    {
                        continue;
                    }
                }

                return j;
            }
            else
            {
                return j;
            }
        }

        return j;
    }

    private static bool IsElision(ReadOnlySpan<char> word)
    {
        foreach (var elision in Elisions)
        {
            if (word.Equals(elision, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
