namespace NewsArchive.Storage;

/// <summary>
/// The top values of a facet from counts by id, looking up only the names it needs. A search's best matches mention
/// thousands of entities, nearly all of them once or twice; joining every one to its name and kind to keep ten of
/// each kind cost more than counting them. Ids are looked up a count level at a time, from the highest, until every
/// kind holds its <c>limit</c>; the order is exact (count descending, then name in ordinal order) whatever the engine.
/// </summary>
internal static class FacetRanking
{
    /// <summary>How many ids one look-up asks for at most (whole count levels are never split).</summary>
    public const int LookupSize = 200;

    /// <summary>What the facet shows of one id: its group (an entity kind; 0 for topics), slug and name.</summary>
    public readonly record struct Described(int Group, string Slug, string Name);

    /// <summary>
    /// The best <paramref name="limit"/> values of each of <paramref name="groups"/> among <paramref name="counts"/>
    /// (id → count), described by <paramref name="describe"/> (ids → descriptions; unknown ids are left out).
    /// </summary>
    public static async Task<Dictionary<int, List<FacetValue>>> TopAsync(
        IReadOnlyDictionary<int, int> counts,
        IReadOnlyCollection<int> groups,
        int limit,
        Func<IReadOnlyList<int>, CancellationToken, Task<Dictionary<int, Described>>> describe,
        CancellationToken cancellationToken)
    {
        var top = groups.ToDictionary(g => g, _ => new List<FacetValue>());
        var levels = counts.GroupBy(c => c.Value, c => c.Key).OrderByDescending(level => level.Key).Select(level => (Count: level.Key, Ids: level.ToList())).ToList();
        var next = 0;
        while (next < levels.Count && top.Values.Any(list => list.Count < limit))
        {
            var taken = new List<(int Count, List<int> Ids)>();
            var ids = new List<int>();
            while (next < levels.Count && (ids.Count == 0 || ids.Count + levels[next].Ids.Count <= LookupSize))
            {
                taken.Add(levels[next]);
                ids.AddRange(levels[next].Ids);
                next++;
            }

            var described = await describe(ids, cancellationToken).ConfigureAwait(false);
            foreach (var (count, levelIds) in taken)
            {
                var level = levelIds.Where(described.ContainsKey).Select(id => described[id])
                    .OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.Slug, StringComparer.Ordinal);
                foreach (var value in level)
                {
                    if (top.TryGetValue(value.Group, out var list) && list.Count < limit)
                    {
                        list.Add(new FacetValue(value.Slug, value.Name, count));
                    }
                }
            }
        }

        return top;
    }
}
