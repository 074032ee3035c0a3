namespace NewsArchive.Extraction.Quotes;

/// <summary>A word or punctuation mark of a body, lower-cased with ’ read as ' for lexicon look-ups.</summary>
internal readonly record struct Token(string Text, string Key, int Start, int End)
{
    public bool IsWord => char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalised => char.IsUpper(Text[0]);
}

/// <summary>Splits text into tokens the same way for bodies and for lexicon entries, so both meet.</summary>
internal static class QuoteText
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        // A word keeps its inner hyphens (a-t-il, Jean-Pierre) and an elided apostrophe (qu', l'); anything else
        // that is not a space is a one-character token. Hand-written: it runs over every body, often twice.
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                i = WordEnd(text, i);
                if (i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            }

            var word = text[start..i];
            tokens.Add(new Token(word, KeyOf(word), start, i));
        }

        return tokens;
    }

    /// <summary>The look-up key of a word: lower case, typographic apostrophe folded.</summary>
    public static string KeyOf(string word) => word.ToLowerInvariant().Replace('’', '\'');

    /// <summary>The keys of an entry written in a rule file (underscores join the words of one entry).</summary>
    public static string[] EntryKeys(string entry)
    {
        // An entry that ends in an elided apostrophe (l', n', qu') is one key, as the body's "l'annonce" gives "l'".
        var keys = Tokenize(entry.Replace('_', ' ')).Select(token => token.Key).ToList();
        if (keys.Count > 1 && keys[^1] == "'" && char.IsLetter(keys[^2][^1]))
        {
            keys[^2] += "'";
            keys.RemoveAt(keys.Count - 1);
        }

        return [.. keys];
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F' or '\u2009';

    private static int WordEnd(string text, int i)
    {
        while (true)
        {
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i + 1 < text.Length && text[i] is '-' or '‑' && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }
    }
}
