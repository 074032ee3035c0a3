using NewsArchive.Storage;

namespace NewsArchive.Tests.Storage;

/// <summary>Search behaviour, the same on every engine (each runs it through its own subclass below).</summary>
public abstract class ArchiveSearchTests(SearchArchiveFixture fixture)
{
    private readonly TestEngine engine = PostgresServer.Require(fixture.Engine);

    protected TestEngine Engine => engine;

    [SkippableTheory]
    [InlineData("etats-unis", "Les États-Unis imposent des droits de douane")]
    [InlineData("ÉTATS-UNIS", "Les États-Unis imposent des droits de douane")]
    [InlineData("election", "Élection en Italie")]
    [InlineData("DEMISSIONNE", "Élection en Italie")]
    public async Task FindsWordsWhateverTheirAccentsAndCase(string query, string title)
    {
        var page = await Search(new SearchRequest { Query = query });

        Assert.Equal([title], Titles(page));
    }

    [SkippableFact]
    public async Task FindsFrenchWordsThroughTheirStem()
    {
        var page = await Search(new SearchRequest { Query = "déclarations" });

        Assert.Equal([1, 2], page.Hits.Select(h => h.ArticleId).Order());
    }

    [SkippableFact]
    public async Task FindsEnglishWordsThroughTheirStem()
    {
        var page = await Search(new SearchRequest { Query = "investments" });

        Assert.Equal(["A fund grows in Europe"], Titles(page));
    }

    [SkippableFact]
    public async Task MatchesPhrasesInOrderOnly()
    {
        Assert.Equal(2, (await Search(new SearchRequest { Query = "\"donald trump\"" })).Total);
        Assert.Equal(0, (await Search(new SearchRequest { Query = "\"trump donald\"" })).Total);
    }

    [SkippableFact]
    public async Task RequiresEveryWordUnlessJoinedByOr()
    {
        Assert.Equal(0, (await Search(new SearchRequest { Query = "italie football" })).Total);
        Assert.Equal(["Élection en Italie", "Rome : la finale"], Titles(await Search(new SearchRequest { Query = "italie OR football", Sort = SearchSort.Date })));
    }

    [SkippableTheory]
    [InlineData("rome -football")]
    [InlineData("rome NOT football")]
    public async Task ExcludesWords(string query)
    {
        var page = await Search(new SearchRequest { Query = query });

        Assert.Equal(["Élection en Italie"], Titles(page));
    }

    [SkippableTheory]
    [InlineData("démiss*", "Élection en Italie")]
    [InlineData("foot*", "Rome : la finale")]
    public async Task MatchesPrefixes(string query, string title)
    {
        var page = await Search(new SearchRequest { Query = query });

        Assert.Equal([title], Titles(page));
    }

    [SkippableTheory]
    [InlineData("\"")]
    [InlineData("AND(")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(rome football)")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("(")]
    [InlineData(")")]
    [InlineData("title:rome")]
    [InlineData("Body:rome OR")]
    [InlineData("rome \"unbalanced")]
    [InlineData("OR NOT AND")]
    [InlineData("-rome")]
    [InlineData("'; DROP TABLE Articles; --")]
    [InlineData("{Title} : rome")]
    [InlineData("rome^2 + ~football")]
    public async Task HostileQueriesNeverThrow(string query)
    {
        var page = await Search(new SearchRequest { Query = query });

        Assert.True(page.Error is not null || page.Total >= 0);
        Assert.True(page.Error is null || page.Error.Length > 10);
    }

    [SkippableTheory]
    [InlineData("-rome", "excluded")]
    [InlineData("*", "at least one word")]
    [InlineData("\"", "at least one word")]
    public async Task QueriesWithNothingToFindExplainWhy(string query, string message)
    {
        var page = await Search(new SearchRequest { Query = query });

        Assert.Contains(message, page.Error, StringComparison.Ordinal);
        Assert.Empty(page.Hits);
    }

    [SkippableFact]
    public async Task RanksTitleMatchesAboveBodyMatches()
    {
        var page = await Search(new SearchRequest { Query = "rome" });

        Assert.Equal(["Rome : la finale", "Élection en Italie"], Titles(page));
        Assert.True(page.Hits[0].Rank < page.Hits[1].Rank);
    }

    [SkippableFact]
    public async Task SnippetsHighlightTheMatchedWords()
    {
        var page = await Search(new SearchRequest { Query = "candidats" });

        var hit = Assert.Single(page.Hits);
        Assert.Equal(["candidats"], hit.Snippet.Where(s => s.Highlighted).Select(s => s.Text));
        Assert.Contains("Les déclarations des ", string.Concat(hit.Snippet.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SnippetsHighlightWordsMatchedThroughTheirStem()
    {
        var page = await Search(new SearchRequest { Query = "déclarations" });

        var first = page.Hits.Single(h => h.ArticleId == 1);
        Assert.Equal(["déclaration"], first.Snippet.Where(s => s.Highlighted).Select(s => s.Text));
    }

    [SkippableFact]
    public async Task TitlesHighlightTheMatchedWords()
    {
        var page = await Search(new SearchRequest { Query = "etats" });

        Assert.Equal(["États"], Assert.Single(page.Hits).TitleSegments.Where(s => s.Highlighted).Select(s => s.Text));
    }

    [SkippableFact]
    public async Task FacetsCountTheWholeResultSet()
    {
        var page = await Search(new SearchRequest { Query = "trump", PageSize = 1 });

        Assert.Single(page.Hits);
        Assert.Equal(new FacetValue("donald-trump", "Donald Trump", 2), page.Facets.People.Single());
        Assert.Equal(["europe", "washington"], page.Facets.Places.Select(p => p.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(new FacetValue("onu", "ONU", 1), page.Facets.Organisations.Single());
        Assert.Equal(new FacetValue("economie", "Économie", 2), page.Facets.Topics.Single());
        Assert.Equal([new FacetCount("en", 1), new FacetCount("fr", 1)], page.Facets.Languages);
        Assert.Equal([new FacetCount("2018-04", 1), new FacetCount("2018-03", 1)], page.Facets.YearMonths);
    }

    [SkippableFact]
    public async Task FacetsOfALargeResultSetDescribeItsBestMatches()
    {
        await using var db = fixture.Archive.Open();

        var page = await new ArchiveSearch(db) { FacetMatches = 1 }.SearchAsync(new SearchRequest { Query = "trump", Sort = SearchSort.Date }, CancellationToken.None);

        Assert.Equal(2, page.Total);
        Assert.Equal(new FacetValue("donald-trump", "Donald Trump", 1), page.Facets.People.Single());
        Assert.Equal(["europe"], page.Facets.Places.Select(p => p.Slug));
        Assert.Equal([new FacetCount("2018-04", 1), new FacetCount("2018-03", 1)], page.Facets.YearMonths);
    }

    [SkippableFact]
    public async Task BrowsingEverythingUsesTheStoredCounts()
    {
        var page = await Search(new SearchRequest());

        Assert.Equal(4, page.Total);
        Assert.Equal(new FacetValue("donald-trump", "Donald Trump", 2), page.Facets.People[0]);
        Assert.Equal(new FacetValue("rome", "Rome", 2), page.Facets.Places[0]);
        Assert.Equal([new FacetCount("fr", 3), new FacetCount("en", 1)], page.Facets.Languages);
    }

    [SkippableFact]
    public async Task FiltersCombineWithTheQueryAndEachOther()
    {
        Assert.Equal(["Les États-Unis imposent des droits de douane"],
            Titles(await Search(new SearchRequest { People = ["donald-trump"], Language = "fr" })));
        Assert.Equal(["A fund grows in Europe", "Les États-Unis imposent des droits de douane"],
            Titles(await Search(new SearchRequest { Query = "trump", Topics = ["economie"], Sort = SearchSort.Date })));
        Assert.Equal(["Rome : la finale"], Titles(await Search(new SearchRequest { Places = ["rome"], Topics = ["sport"] })));
        Assert.Empty(Titles(await Search(new SearchRequest { People = ["donald-trump", "matteo-renzi"] })));
        Assert.Empty(Titles(await Search(new SearchRequest { People = ["nobody"] })));
    }

    [SkippableFact]
    public async Task FiltersByDates()
    {
        Assert.Equal(["Élection en Italie", "Les États-Unis imposent des droits de douane"],
            Titles(await Search(new SearchRequest { Year = 2018, Month = 3 })));
        Assert.Equal(["Rome : la finale"], Titles(await Search(new SearchRequest { Year = 2017 })));
        Assert.Equal(["Élection en Italie", "Les États-Unis imposent des droits de douane"],
            Titles(await Search(new SearchRequest { From = new DateOnly(2018, 3, 1), To = new DateOnly(2018, 3, 31) })));
        Assert.Equal(["Rome : la finale"], Titles(await Search(new SearchRequest { Month = 12 })));
    }

    [SkippableFact]
    public async Task FacetsFollowTheFilters()
    {
        var page = await Search(new SearchRequest { Places = ["rome"] });

        Assert.Equal(2, page.Total);
        Assert.Equal(new FacetValue("rome", "Rome", 2), page.Facets.Places.Single());
        Assert.Equal(new FacetValue("matteo-renzi", "Matteo Renzi", 1), page.Facets.People.Single());
        Assert.Equal([new FacetCount("2018-03", 1), new FacetCount("2017-12", 1)], page.Facets.YearMonths);
    }

    [SkippableFact]
    public async Task PagesThroughResultsNewestFirst()
    {
        var first = await Search(new SearchRequest { PageSize = 3 });
        var second = await Search(new SearchRequest { PageSize = 3, Page = 2 });

        Assert.Equal(4, first.Total);
        Assert.Equal(2, first.PageCount);
        Assert.Equal([3, 2, 1], first.Hits.Select(h => h.ArticleId));
        Assert.Equal([4], second.Hits.Select(h => h.ArticleId));
        Assert.Empty((await Search(new SearchRequest { PageSize = 3, Page = 9 })).Hits);
    }

    [SkippableFact]
    public async Task MatchingComposesWithLinq()
    {
        await using var db = fixture.Archive.Open();

        var ids = new ArchiveSearch(db).Matching(new SearchRequest { Query = "rome", Language = "fr" })
            .Where(a => a.Published < new DateOnly(2018, 1, 1)).Select(a => a.Id).ToList();

        Assert.Equal([4], ids);
    }

    private async Task<SearchPage> Search(SearchRequest request)
    {
        await using var db = fixture.Archive.Open();
        return await new ArchiveSearch(db).SearchAsync(request, CancellationToken.None);
    }

    private static List<string> Titles(SearchPage page)
    {
        Assert.Null(page.Error);
        return [.. page.Hits.Select(h => h.Title)];
    }
}

public sealed class SqliteArchiveSearchTests(SqliteSearchArchiveFixture fixture) : ArchiveSearchTests(fixture), IClassFixture<SqliteSearchArchiveFixture>
{
    // SQLite's plans; PostgreSQL chooses by statistics, and on four rows it rightly reads the tables.
    [Theory]
    [InlineData("", "", "INDEX IX_Articles_Published_Id_Language")]
    [InlineData("", "donald-trump", "IX_Mentions_EntityId_Published_ArticleId")]
    [InlineData("trump", "donald-trump", "IX_Mentions_EntityId_Published_ArticleId")]
    [InlineData("trump", "", "VIRTUAL TABLE")]
    [InlineData("trump", "", "COVERING INDEX IX_Articles_Id_Published_Language")]
    public async Task PageQueriesUseTheIndexes(string query, string person, string index)
    {
        await using var db = fixture.Archive.Open();

        var plan = await new ArchiveSearch(db).ExplainAsync(new SearchRequest { Query = query, People = person.Length == 0 ? [] : [person] }, CancellationToken.None);

        Assert.Contains(plan, line => line.Contains(index, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN a", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADateRangeReadsItsMatchesFromTheDateIndexAlone()
    {
        await using var db = fixture.Archive.Open();

        var plan = await new ArchiveSearch(db).ExplainAsync(new SearchRequest { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) }, CancellationToken.None);

        Assert.Contains(plan, line => line.Contains("COVERING INDEX IX_Articles_Published_Id_Language (Published>? AND Published<?)", StringComparison.Ordinal));
    }
}

public sealed class PostgresArchiveSearchTests(PostgresSearchArchiveFixture fixture) : ArchiveSearchTests(fixture), IClassFixture<PostgresSearchArchiveFixture>;
