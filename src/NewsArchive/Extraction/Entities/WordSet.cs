using System.Collections.Frozen;

namespace NewsArchive.Extraction.Entities;

/// <summary>A frozen set of single words looked up by span without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words, bool ignoreCase)
    {
        var set = words.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = set.Count;
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
