using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Storage;

namespace NewsArchive.Web.Tests;

public abstract class PagesTests(ArchiveFixture archive)
{
    private readonly TestEngine engine = PostgresServer.Require(archive.Engine);

    private readonly HttpClient client = archive.CreateClient();

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/search")]
    [InlineData("/search?q=japon&sort=date")]
    [InlineData("/people")]
    [InlineData("/people?q=hayashi&sort=name")]
    [InlineData("/organisations")]
    [InlineData("/places")]
    [InlineData("/topics")]
    [InlineData("/quotes")]
    [InlineData("/quotes?q=confiance&speaker=hayashi&from=2025-01-01&to=2025-12-31")]
    [InlineData("/imports")]
    [InlineData("/people/yoshimasa-hayashi")]
    [InlineData("/places/etats-unis")]
    [InlineData("/no-such-page")]
    public async Task EveryPageHasAHeadingLabelledControlsAndNoInlineCode(string url)
    {
        var (_, page) = await Html.GetAsync(client, url);

        Assert.NotNull(page.QuerySelector("h1"));
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#content']"));
        Assert.NotNull(page.QuerySelector("main#content"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.All(page.QuerySelectorAll("input:not([type=hidden]), select"), c =>
            Assert.True(c.Closest("label") is not null || page.QuerySelector($"label[for='{c.Id}']") is not null, $"{c.OuterHtml} has no label"));
    }

    [SkippableFact]
    public async Task HomeShowsTheArchiveAtAGlance()
    {
        var home = await Html.GetOkAsync(client, "/");

        Assert.Contains("Latest articles", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(home.QuerySelectorAll("#latest ~ ul li a[href^='/articles/']").Length > 0);
        Assert.NotNull(home.QuerySelector("form[action='/search'] input[name=q][data-suggest='/api/people']"));
        Assert.NotNull(home.QuerySelector("a[href^='/people/']"));
    }

    [SkippableFact]
    public async Task SeedArticleLinksHayashiAndMarksHisQuote()
    {
        var url = await Html.SeedArticleAsync(client);
        var article = await Html.GetOkAsync(client, url);

        Assert.Matches("^/articles/[0-9]+/[a-z0-9-]+$", url);
        Assert.Contains("Ishiba", article.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var hayashi = article.QuerySelectorAll(".body a.mention").Where(a => a.TextContent.Contains("Hayashi", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(hayashi);
        Assert.All(hayashi, a => Assert.Equal("/people/yoshimasa-hayashi", a.GetAttribute("href")));
        Assert.Contains(article.QuerySelectorAll(".body .quote a.speaker"), a => a.GetAttribute("href") == "/people/yoshimasa-hayashi");
        Assert.Equal(url, new Uri(article.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath);
        Assert.NotNull(article.QuerySelector("nav.breadcrumbs [aria-current=page]"));
        Assert.NotNull(article.QuerySelector("aside a[href='/people/shigeru-ishiba']"));
        Assert.Contains("TOKYO", article.QuerySelector("header .meta")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(article.QuerySelectorAll("script:not([src]), [style]"));
        var ids = article.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [SkippableFact]
    public async Task ArticleWithAWrongSlugRedirectsToItsPermalink()
    {
        var url = await Html.SeedArticleAsync(client);
        var id = url.Split('/')[2];

        var response = await client.GetAsync(new Uri($"/articles/{id}/wrong-slug", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(url, response.Headers.Location!.OriginalString);
    }

    [SkippableFact]
    public async Task PersonPageShowsVariantsChartArticlesQuotesAndCompany()
    {
        var person = await Html.GetOkAsync(client, "/people/yoshimasa-hayashi");

        Assert.Equal("Yoshimasa Hayashi", person.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(person.QuerySelectorAll("#articles ~ ul a[href^='/articles/']"));
        Assert.NotEmpty(person.QuerySelectorAll(".quotes blockquote"));
        Assert.Contains(person.QuerySelectorAll("#companions ~ ul a"), a => a.GetAttribute("href") == "/people/shigeru-ishiba");
        Assert.NotNull(person.QuerySelector("link[rel=alternate][type='application/atom+xml']"));
    }

    [SkippableFact]
    public async Task APersonInADatedArticleHasATimelineChart()
    {
        string? dated = null;
        var people = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/people?pageSize=20", UriKind.Relative))).RootElement;
        foreach (var slug in people.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("slug").GetString()))
        {
            var detail = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/people/{slug}", UriKind.Relative))).RootElement;
            if (detail.GetProperty("articleList").EnumerateArray().Any(a => a.GetProperty("published").ValueKind == System.Text.Json.JsonValueKind.String))
            {
                dated = $"/people/{slug}";
                break;
            }
        }

        Assert.NotNull(dated);
        var person = await Html.GetOkAsync(client, dated);

        Assert.NotNull(person.QuerySelector("svg.chart[role=img][aria-label] rect"));
        Assert.NotEmpty(person.QuerySelectorAll("details table tbody tr"));
    }

    [SkippableFact]
    public async Task APersonsTimelineCountsTheirMentionsInEachMonth()
    {
        var location = archive.Engine == TestEngine.Postgres
            ? new ArchiveLocation(ArchiveProvider.Postgres, archive.PostgresConnectionString!)
            : new ArchiveLocation(ArchiveProvider.Sqlite, archive.DatabasePath);
        await using var db = new ArchiveDbContext(ArchiveDatabase.Options(location));
        var dated = await db.Mentions.Where(m => m.Entity.Kind == NewsArchive.Extraction.EntityKind.Person && m.Article.Published != null)
            .Select(m => new { m.Entity.Slug, m.Article.Published }).ToListAsync();
        var busiest = dated.GroupBy(m => m.Slug).OrderByDescending(g => g.Select(m => m.Published).Distinct().Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var months = busiest.GroupBy(m => (m.Published!.Value.Year, m.Published!.Value.Month)).ToList();

        var person = await Html.GetOkAsync(client, $"/people/{busiest.Key}");

        var rows = person.QuerySelectorAll("details table tbody tr").Select(r => int.Parse(r.Children[1].TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(months.Count, rows.Count);
        Assert.Equal(busiest.Count(), rows.Sum());
        Assert.Equal(months.Select(g => g.Count()).Order(), rows.Order());
    }

    [SkippableFact]
    public async Task SearchForEtatsUnisFindsTheSeedWithHighlightsAndFacets()
    {
        var results = await Html.GetOkAsync(client, "/search?q=etats-unis");

        Assert.Contains(results.QuerySelectorAll(".hits h3 a"), a => a.TextContent.Contains("Ishiba", StringComparison.Ordinal));
        Assert.NotEmpty(results.QuerySelectorAll(".hits mark"));
        Assert.Matches("[0-9]+ results?", results.QuerySelector("#result-count")!.TextContent);
        Assert.NotEmpty(results.QuerySelectorAll(".facets a[href*='person=']"));
    }

    [SkippableFact]
    public async Task FacetsCombineWithTheQueryAndEachOther()
    {
        var all = await Html.GetOkAsync(client, "/search?q=japon");
        var facet = all.QuerySelector(".facets a[href*='person=']")!.GetAttribute("href")!;
        var narrowed = await Html.GetOkAsync(client, facet);

        Assert.Contains("q=japon", facet, StringComparison.Ordinal);
        Assert.NotNull(narrowed.QuerySelector(".facets a[aria-current=true]"));
        Assert.NotNull(narrowed.QuerySelector(".chips a[aria-label^='Remove filter']"));
        Assert.True(narrowed.QuerySelectorAll(".hits li").Length <= all.QuerySelectorAll(".hits li").Length);
    }

    [SkippableFact]
    public async Task PagingReachesEveryResult()
    {
        var first = await Html.GetOkAsync(client, "/search?sort=date");
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(first.QuerySelector("#result-count")!.TextContent, "[0-9]+").Value, System.Globalization.CultureInfo.InvariantCulture);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; page <= (total + 19) / 20; page++)
        {
            var doc = await Html.GetOkAsync(client, $"/search?sort=date&page={page}");
            seen.UnionWith(doc.QuerySelectorAll(".hits h3 a").Select(a => a.GetAttribute("href")!));
        }

        Assert.Equal(ArchiveFixture.WikinewsFiles + 1, total);
        Assert.Equal(total, seen.Count);
    }

    [SkippableTheory]
    [InlineData("\"")]
    [InlineData("AND(")]
    [InlineData("NEAR(a b")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("((japon")]
    [InlineData("title:japon")]
    [InlineData("japon\" OR \"")]
    [InlineData("NOT")]
    [InlineData("%_\\'")]
    public async Task HostileQueriesNeverBreakTheSearch(string query)
    {
        var (response, page) = await Html.GetAsync(client, "/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#result-count"));
        var quotes = await client.GetAsync(new Uri("/quotes?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, quotes.StatusCode);
    }

    [SkippableTheory]
    [InlineData("/search?page=-1", "Page numbers start at 1.")]
    [InlineData("/search?page=abc", "Page numbers start at 1.")]
    [InlineData("/search?from=notadate", "Dates are written YYYY-MM-DD")]
    [InlineData("/quotes?from=notadate", "Dates are written YYYY-MM-DD")]
    [InlineData("/people?page=0", "Page numbers start at 1.")]
    public async Task BadParametersGiveAHelpfulPage(string url, string message)
    {
        var (response, page) = await Html.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/people/nobody-at-all")]
    [InlineData("/organisations/nothing-here")]
    [InlineData("/topics/no-such-topic")]
    [InlineData("/articles/999999/x")]
    [InlineData("/no/such/page")]
    public async Task MissingThingsGiveAFriendly404(string url)
    {
        var (response, page) = await Html.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("form[action='/search']"));
    }

    [SkippableFact]
    public async Task ImportStatusListsTheRunThatFilledTheArchive()
    {
        var page = await Html.GetOkAsync(client, "/imports");

        var cells = page.QuerySelector("tbody tr")!.Children.Select(c => c.TextContent.Trim()).ToList();
        var counted = cells.Skip(4).Sum(c => int.Parse(c, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(ArchiveFixture.WikinewsFiles + 1, counted);
    }
}

[Collection(SharedSite.Name)]
public sealed class SqlitePagesTests(ArchiveFixture archive) : PagesTests(archive);

[Collection(PostgresSite.Name)]
public sealed class PostgresPagesTests(PostgresArchiveFixture archive) : PagesTests(archive);
