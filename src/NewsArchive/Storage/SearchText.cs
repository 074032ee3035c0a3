using System.Collections.Concurrent;
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
    /// <summary>Words shorter than this are kept as they are.</summary>
    private const int MinStemmed = 3;

    // Snowball stemmers keep state between calls: one of each per thread.
    [ThreadStatic] private static FrenchStemmer? french;
    [ThreadStatic] private static EnglishStemmer? english;

    /// <summary>The lower-case words of <paramref name="text"/>, accents kept.</summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        foreach (var (start, length) in Words(text))
        {
            tokens.Add(text.Substring(start, length).ToLowerInvariant());
        }

        return tokens;
    }

    /// <summary>The stem of every word of <paramref name="text"/>, stemmed for <paramref name="language"/>, separated by spaces.</summary>
    public static string Stems(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cache = StemCache.For(language);
        var stems = new StringBuilder(text.Length);
        Span<char> buffer = stackalloc char[64];
        foreach (var (start, length) in Words(text))
        {
            if (stems.Length > 0)
            {
                stems.Append(' ');
            }

            var word = text.AsSpan(start, length);
            if (cache is null || word.Length > buffer.Length)
            {
                stems.Append(Stem(word.ToString().ToLowerInvariant(), language));
                continue;
            }

            var lower = buffer[..word.ToLowerInvariant(buffer)];
            // A word shorter than the stemmer looks at is its own stem (see Stem): a third of French words (l, d, le,
            // de, un) need no look-up, and the cache's look-ups are memory reads, not arithmetic.
            stems.Append(lower.Length < MinStemmed ? lower : cache.Stem(lower));
        }

        return stems.ToString();
    }

    /// <summary>Where each word of <paramref name="text"/> starts and how long it is: runs of <see cref="IsWordChar"/>.</summary>
    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
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
                yield return (start, i - start);
                start = -1;
            }
        }
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
        if (stemmer is null || token.Length < MinStemmed)
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

    /// <summary>
    /// The stems of recent words for one language, shared by every thread. Words repeat (a few thousand make most of any
    /// text), and a dictionary look-up by the lower-cased span costs a fraction of a Snowball run and allocates nothing.
    /// One cache per language rather than per thread: the importer's work moves between pool threads, and a copy on
    /// each of them made the import's peak memory grow. It is emptied when full, so it stays small whatever the archive.
    /// </summary>
    private sealed class StemCache
    {
        private const int Capacity = 50_000;

        private static readonly StemCache French = new("fr");
        private static readonly StemCache English = new("en");

        private readonly string language;
        private readonly ConcurrentDictionary<string, string> stems = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

        // Counted apart: ConcurrentDictionary.Count takes every lock. Races only make the count approximate.
        private int count;

        private StemCache(string language)
        {
            this.language = language;
            bySpan = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>The cache for <paramref name="language"/>, or null where words are kept as they are.</summary>
        public static StemCache? For(string language) => language switch
        {
            "fr" => French,
            "en" => English,
            _ => null,
        };

        public string Stem(ReadOnlySpan<char> lowerWord)
        {
            if (bySpan.TryGetValue(lowerWord, out var stem))
            {
                return stem;
            }

            if (Volatile.Read(ref count) >= Capacity)
            {
                stems.Clear();
                Volatile.Write(ref count, 0);
            }

            var word = lowerWord.ToString();
            stem = SearchText.Stem(word, language);
            if (stems.TryAdd(word, stem))
            {
                Interlocked.Increment(ref count);
            }

            return stem;
        }
    }
}
