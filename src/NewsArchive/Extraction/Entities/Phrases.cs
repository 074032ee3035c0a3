using System.Collections.Frozen;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A set of phrases (one or more tokens each) matched case-insensitively against a token stream, longest first.
/// Phrases are tokenised with the same <see cref="Tokenizer"/> as the text, so "Côte d'Ivoire" matches its tokens.
/// </summary>
internal sealed class Phrases
{
    // A first word opening more phrases than this has them looked up by their second word as well: "La" opens some 700
    // French place names, and each "la" of a text would otherwise be tried against all of them.
    private const int SecondWordIndexFrom = 8;

    private readonly FrozenDictionary<string, Opening>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly bool keepCapitals;
    private readonly bool keepInnerCapitals;

    /// <param name="phrases">The phrases.</param>
    /// <param name="keepCapitals">Whether a capitalised word of a phrase must be capitalised in the text too, so that the
    /// commune "Le Plan" does not match the words "Le plan" at a sentence start.</param>
    /// <param name="keepInnerCapitals">Whether, in a phrase that opens on an article, a capitalised word after it must be
    /// capitalised in the text too, so that the newspaper "Le Temps" does not match "Le temps presse" ("Maison Blanche"
    /// still matches "Maison blanche").</param>
    public Phrases(IEnumerable<string> phrases, bool keepCapitals = false, bool keepInnerCapitals = false)
    {
        this.keepCapitals = keepCapitals;
        this.keepInnerCapitals = keepInnerCapitals;
        var groups = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
        {
            var tokens = Tokenizer.Tokenize(phrase, static _ => false);
            if (tokens.Count == 0)
            {
                continue;
            }

            var words = tokens.Select(t => phrase[t.Start..t.End]).ToArray();
            if (!groups.TryGetValue(words[0], out var list))
            {
                groups[words[0]] = list = [];
            }

            list.Add(words);
        }

        lookup = groups.ToFrozenDictionary(g => g.Key, g => Opening.Of(g.Value), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        MaxLength = groups.Count == 0 ? 0 : groups.Values.Max(l => l.Max(w => w.Length));
    }

    public int MaxLength { get; }

    /// <summary>The token count of the longest phrase starting at token <paramref name="at"/>, or 0.</summary>
    public int LongestAt(string text, List<Token> tokens, int at)
    {
        if (!lookup.TryGetValue(tokens[at].In(text), out var opening))
        {
            return 0;
        }

        if (opening.BySecondWord is { } bySecondWord)
        {
            // Only the phrases whose second word is the next token's can match with more than one word.
            if (at + 1 < tokens.Count && bySecondWord.TryGetValue(tokens[at + 1].In(text), out var longer))
            {
                foreach (var words in longer)
                {
                    if (Matches(text, tokens, at, words))
                    {
                        return words.Length;
                    }
                }
            }

            return MatchesAny(text, tokens, at, opening.OneWord) ? 1 : 0;
        }

        foreach (var words in opening.Phrases)
        {
            if (Matches(text, tokens, at, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether one of the phrases is this one word.</summary>
    public bool IsWord(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var opening) && opening.OneWord.Length > 0;

    /// <summary>Whether a phrase starts at token <paramref name="at"/>.</summary>
    public bool Contains(string text, List<Token> tokens, int at) => LongestAt(text, tokens, at) > 0;

    /// <summary>The token count of the longest phrase ending at token <paramref name="last"/> (inclusive), or 0.</summary>
    public int LongestEndingAt(string text, List<Token> tokens, int last)
    {
        for (var length = Math.Min(MaxLength, last + 1); length >= 1; length--)
        {
            var first = last - length + 1;
            if (lookup.TryGetValue(tokens[first].In(text), out var opening))
            {
                if (length == 1)
                {
                    if (MatchesAny(text, tokens, first, opening.OneWord))
                    {
                        return 1;
                    }

                    continue;
                }

                var candidates = opening.BySecondWord is { } bySecondWord
                    ? bySecondWord.TryGetValue(tokens[first + 1].In(text), out var longer) ? longer : []
                    : opening.Phrases;
                foreach (var words in candidates)
                {
                    if (words.Length == length && Matches(text, tokens, first, words))
                    {
                        return length;
                    }
                }
            }
        }

        return 0;
    }

    private static bool IsArticle(string word) => word is "Le" or "La" or "Les" or "L'" or "L’" or "The";

    private bool MatchesAny(string text, List<Token> tokens, int at, string[][] phrases)
    {
        foreach (var words in phrases)
        {
            if (Matches(text, tokens, at, words))
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(string text, List<Token> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var word = tokens[at + k].In(text);
            if (!word.Equals(words[k], StringComparison.OrdinalIgnoreCase) || ((keepCapitals || (keepInnerCapitals && k > 0 && IsArticle(words[0]))) && char.IsUpper(words[k][0]) && !char.IsUpper(word[0])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrases that open on one word (compared ignoring case), longest first.</summary>
    /// <param name="Phrases">All of them.</param>
    /// <param name="OneWord">Those that are that word alone (spellings differing in case), maybe none.</param>
    /// <param name="BySecondWord">For a word opening many, those of two words or more by their second word; else null.</param>
    private sealed record Opening(string[][] Phrases, string[][] OneWord, FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>>? BySecondWord)
    {
        public static Opening Of(List<string[]> phrases)
        {
            var longestFirst = phrases.OrderByDescending(w => w.Length).ToArray();
            var bySecondWord = longestFirst.Length <= SecondWordIndexFrom
                ? (FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>>?)null
                : longestFirst.Where(w => w.Length > 1)
                    .GroupBy(w => w[1], StringComparer.OrdinalIgnoreCase)
                    .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
                    .GetAlternateLookup<ReadOnlySpan<char>>();
            return new(longestFirst, [.. longestFirst.Where(w => w.Length == 1)], bySecondWord);
        }
    }
}
