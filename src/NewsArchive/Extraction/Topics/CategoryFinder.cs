using NewsArchive.Extraction.Quotes;

namespace NewsArchive.Extraction.Topics;

/// <summary>
/// Subject categories from word lists (<c>Rules/categories-*.txt</c>): a category is given when its words occur at
/// least <see cref="MinHits"/> times (title words count twice) through at least two different entries.
/// The score, 1 − e^(−hits/6), grows with the evidence and stays in [0, 1].
/// </summary>
internal sealed class CategoryFinder
{
    private const int MinHits = 3;
    private const int Keep = 3;

    private const int Stem = 3;

    // Entries by their first word, and prefix entries by the first letters of their prefix, so a token meets only
    // the few entries that can match it.
    private readonly Dictionary<string, List<Entry>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> byStemSpan;

    /// <summary>Builds the finder from lines <c>key = word word*  multi_word</c>.</summary>
    public CategoryFinder(IEnumerable<string> lines)
    {
        byStemSpan = byStem.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var line in lines)
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var category = line[..equals].Trim();
            foreach (var entry in line[(equals + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var prefix = entry.EndsWith('*');
                var keys = QuoteText.EntryKeys(prefix ? entry[..^1] : entry);
                if (keys.Length > 0)
                {
                    var (index, key) = prefix && keys.Length == 1 && keys[0].Length >= Stem ? (byStem, keys[0][..Stem]) : (byFirstWord, keys[0]);
                    if (!index.TryGetValue(key, out var list))
                    {
                        index[key] = list = [];
                    }

                    list.Add(new Entry(category, keys, string.Join(' ', keys), prefix && keys.Length == 1 && keys[0].Length >= Stem || prefix && keys.Length > 1));
                }
            }
        }
    }

    /// <summary>The categories of a headline and a body, given as their tokens (<see cref="QuoteText.Tokenize"/>).</summary>
    public IReadOnlyList<FoundTopic> Find(IReadOnlyList<Token> titleTokens, IReadOnlyList<Token> bodyTokens)
    {
        var hits = new Dictionary<string, (int Hits, HashSet<string> Entries)>(StringComparer.Ordinal);
        Scan(titleTokens, 2, hits);
        Scan(bodyTokens, 1, hits);
        return [.. hits.Where(pair => pair.Value.Hits >= MinHits && pair.Value.Entries.Count >= 2)
            .OrderByDescending(pair => pair.Value.Hits).ThenByDescending(pair => pair.Value.Entries.Count).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(Keep)
            .Select(pair => new FoundTopic(pair.Key, TopicKind.Category, Math.Round(1 - Math.Exp(-pair.Value.Hits / 6.0), 3)))];
    }

    private void Scan(IReadOnlyList<Token> tokens, int weight, Dictionary<string, (int Hits, HashSet<string> Entries)> hits)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            var key = tokens[i].Key;
            if (byFirstWord.TryGetValue(key, out var exact))
            {
                Count(tokens, i, exact, weight, hits);
            }

            if (key.Length >= Stem && byStemSpan.TryGetValue(key.AsSpan(0, Stem), out var stems))
            {
                Count(tokens, i, stems, weight, hits);
            }
        }
    }

    private static void Count(IReadOnlyList<Token> tokens, int i, List<Entry> candidates, int weight, Dictionary<string, (int Hits, HashSet<string> Entries)> hits)
    {
        foreach (var (category, words, text, prefix) in candidates)
        {
            if (!Matches(tokens, i, words, prefix))
            {
                continue;
            }

            if (!hits.TryGetValue(category, out var found))
            {
                hits[category] = found = (0, new HashSet<string>(StringComparer.Ordinal));
            }

            found.Entries.Add(text);
            hits[category] = (found.Hits + weight, found.Entries);
        }
    }

    private static bool Matches(IReadOnlyList<Token> tokens, int index, string[] words, bool prefix)
    {
        if (index + words.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < words.Length; j++)
        {
            var key = tokens[index + j].Key;
            var last = j == words.Length - 1;
            if (!(last && prefix ? key.StartsWith(words[j], StringComparison.Ordinal) : string.Equals(key, words[j], StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One entry of a category list: its keys, written out once, and whether its last key is a prefix.</summary>
    private sealed record Entry(string Category, string[] Words, string Text, bool Prefix);
}
