using NewsArchive.Storage;

namespace NewsArchive.Tests.Storage;

public sealed class FacetRankingTests
{
    private static readonly Dictionary<int, FacetRanking.Described> Names = new()
    {
        [1] = new(1, "zoe", "Zoé"),
        [2] = new(1, "anne", "Anne"),
        [3] = new(2, "onu", "ONU"),
        [4] = new(1, "bruno", "Bruno"),
        [5] = new(2, "otan", "OTAN"),
        [6] = new(1, "claire", "Claire"),
    };

    [Fact]
    public async Task OrdersByCountThenNameAndFillsEachGroupToItsLimit()
    {
        var counts = new Dictionary<int, int> { [1] = 5, [2] = 5, [3] = 4, [4] = 2, [5] = 1, [6] = 1 };

        var top = await FacetRanking.TopAsync(counts, [1, 2], 3, Describe(), CancellationToken.None);

        Assert.Equal(["Anne 5", "Zoé 5", "Bruno 2"], top[1].Select(v => v.Name + " " + v.Count));
        Assert.Equal(["ONU 4", "OTAN 1"], top[2].Select(v => v.Name + " " + v.Count));
    }

    [Fact]
    public async Task LooksUpOnlyTheCountLevelsItNeeds()
    {
        // Two values of the one group at the top: the lower levels are never looked up.
        var counts = new Dictionary<int, int> { [1] = 9, [2] = 8 };
        foreach (var id in Enumerable.Range(100, 2 * FacetRanking.LookupSize))
        {
            counts[id] = 1;
        }

        var asked = new List<int>();
        var top = await FacetRanking.TopAsync(counts, [1], 2, Describe(asked), CancellationToken.None);

        Assert.Equal(["Zoé", "Anne"], top[1].Select(v => v.Name));
        Assert.True(asked.Count <= FacetRanking.LookupSize, $"{asked.Count} ids looked up");
        Assert.Contains(1, asked);
    }

    [Fact]
    public async Task KeepsAWholeCountLevelTogetherEvenWhenItIsLargerThanOneLookup()
    {
        // A level larger than a look-up is asked for in one piece, so its names still order exactly.
        var counts = Enumerable.Range(100, FacetRanking.LookupSize + 5).ToDictionary(id => id, _ => 1);
        counts[6] = 1;
        counts[2] = 1;

        var top = await FacetRanking.TopAsync(counts, [1], 2, Describe(), CancellationToken.None);

        Assert.Equal(["Anne", "Claire"], top[1].Select(v => v.Name));
    }

    [Fact]
    public async Task IgnoresIdsItCannotDescribeAndGroupsItWasNotAskedFor()
    {
        var counts = new Dictionary<int, int> { [3] = 7, [-1] = 6, [2] = 1 };

        var top = await FacetRanking.TopAsync(counts, [1], 10, Describe(), CancellationToken.None);

        Assert.Equal(["Anne 1"], top[1].Select(v => v.Name + " " + v.Count));
        Assert.False(top.ContainsKey(2));
    }

    private static Func<IReadOnlyList<int>, CancellationToken, Task<Dictionary<int, FacetRanking.Described>>> Describe(List<int>? asked = null) =>
        (ids, _) =>
        {
            asked?.AddRange(ids);
            // Ids from 100 are people named after the ones above in ordinal order; negative ids are unknown.
            return Task.FromResult(ids.Where(id => id >= 100 || Names.ContainsKey(id))
                .ToDictionary(id => id, id => Names.TryGetValue(id, out var known) ? known : new FacetRanking.Described(1, "x" + id, "Xavier " + id)));
        };
}
