using System.Text.RegularExpressions;

namespace NewsArchive.Extraction.Quotes;

/// <summary>A word or punctuation mark of a body, lower-cased with ’ read as ' for lexicon look-ups.</summary>
internal readonly record struct Token(string Text, string Key, int Start, int End)
{
    public bool IsWord => char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalised => char.IsUpper(Text[0]);
}

/// <summary>Splits text into tokens the same way for bodies and for lexicon entries, so both meet.</summary>
internal static partial class QuoteText
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            tokens.Add(new Token(match.Value, KeyOf(match.Value), match.Index, match.Index + match.Length));
        }

        return tokens;
    }

    /// <summary>The look-up key of a word: lower case, typographic apostrophe folded.</summary>
    public static string KeyOf(string word) => word.ToLowerInvariant().Replace('’', '\'');

    /// <summary>The keys of an entry written in a rule file (underscores join the words of one entry).</summary>
    public static string[] EntryKeys(string entry) =>
        [.. Tokenize(entry.Replace('_', ' ')).Select(token => token.Key)];

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F' or '\u2009';

    // A word keeps its inner hyphens (a-t-il, Jean-Pierre) and an elided apostrophe (qu', l'); anything else
    // that is not a space is a one-character token.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*(?:['’](?=\p{L}))?|[^\s\p{L}\p{N}]")]
    private static partial Regex TokenPattern();
}
