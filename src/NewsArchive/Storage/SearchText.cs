using System.Globalization;
using System.Text;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace NewsArchive.Storage;

/// <summary>
/// Words and stems as the full-text index sees them. Tokens split like FTS5's <c>unicode61</c> tokenizer (letters and
/// digits; everything else separates), so a stem column holds one stem per word of its text.
/// </summary>
public static class SearchText
{
    // Snowball stemmers keep state between calls: one of each per thread.
    [ThreadStatic] private static FrenchStemmer? french;
    [ThreadStatic] private static EnglishStemmer? english;

    /// <summary>The lower-case words of <paramref name="text"/>, accents kept.</summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsWordChar(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>The stem of every word of <paramref name="text"/>, stemmed for <paramref name="language"/>, separated by spaces.</summary>
    public static string Stems(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stems = new StringBuilder(text.Length);
        foreach (var token in Tokens(text))
        {
            if (stems.Length > 0)
            {
                stems.Append(' ');
            }

            stems.Append(Stem(token, language));
        }

        return stems.ToString();
    }

    /// <summary>
    /// The Snowball stem of one lower-case word: French for <c>fr</c>, English for <c>en</c>; other languages keep the word.
    /// </summary>
    public static string Stem(string token, string language)
    {
        ArgumentNullException.ThrowIfNull(token);
        SnowballProgram? stemmer = language switch
        {
            "fr" => french ??= new FrenchStemmer(),
            "en" => english ??= new EnglishStemmer(),
            _ => null,
        };
        if (stemmer is null || token.Length < 3)
        {
            return token;
        }

        stemmer.SetCurrent(token);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>A word folded as the index compares it: lower case, without accents.</summary>
    public static string Fold(string word) => Extraction.NameKey.Of(word);

    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
