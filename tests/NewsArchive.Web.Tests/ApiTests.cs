using System.Net;
using System.Text.Json;

namespace NewsArchive.Web.Tests;

public abstract class ApiTests(ArchiveFixture archive)
{
    private readonly TestEngine engine = PostgresServer.Require(archive.Engine);

    private readonly HttpClient client = archive.CreateClient();

    private async Task<JsonElement> JsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        Assert.StartsWith("application/", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [SkippableFact]
    public async Task ArticleSearchFindsTheSeedAndReportsTotals()
    {
        var page = await JsonAsync("/api/articles?q=etats-unis&place=etats-unis");

        Assert.True(page.GetProperty("total").GetInt32() >= 1);
        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString()!.Contains("Ishiba", StringComparison.Ordinal));
        Assert.True(page.GetProperty("facets").GetProperty("people").GetArrayLength() > 0);
    }

    [SkippableFact]
    public async Task ArticleByIdHasTheArticleRecordShape()
    {
        var search = await JsonAsync("/api/articles?q=Ishiba+Hayashi");
        var id = search.GetProperty("items")[0].GetProperty("id").GetInt32();

        var article = await JsonAsync($"/api/articles/{id}");

        Assert.Equal(
            ["source", "item", "title", "language", "published", "dateline", "url", "body", "people", "organisations", "places", "topics", "quotes"],
            article.EnumerateObject().Select(p => p.Name));
        Assert.Contains(article.GetProperty("people").EnumerateArray(), p => p.GetProperty("name").GetString() == "Yoshimasa Hayashi");
        Assert.Contains(article.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("speaker").GetString() == "Yoshimasa Hayashi");
    }

    [SkippableFact]
    public async Task PeopleListFiltersByNameAndPersonHasDetails()
    {
        var people = await JsonAsync("/api/people?q=hayash");
        var hayashi = Assert.Single(people.GetProperty("items").EnumerateArray(), p => p.GetProperty("slug").GetString() == "yoshimasa-hayashi");
        Assert.Equal("/people/yoshimasa-hayashi", hayashi.GetProperty("url").GetString());

        var detail = await JsonAsync("/api/people/yoshimasa-hayashi");
        Assert.True(detail.GetProperty("articleList").GetArrayLength() >= 1);
        Assert.True(detail.GetProperty("quotes").GetArrayLength() >= 1);
    }

    [SkippableTheory]
    [InlineData("/api/organisations")]
    [InlineData("/api/places")]
    [InlineData("/api/quotes?q=confiance")]
    [InlineData("/api/quotes?speaker=hayashi")]
    public async Task ListsArePagedJson(string url)
    {
        var page = await JsonAsync(url);

        Assert.True(page.GetProperty("total").GetInt32() > 0);
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.True(page.GetProperty("items").GetArrayLength() > 0);
    }

    [SkippableFact]
    public async Task EveryListedOrganisationAndPlaceHasADetail()
    {
        foreach (var kind in new[] { "organisations", "places" })
        {
            var first = (await JsonAsync($"/api/{kind}?pageSize=1")).GetProperty("items")[0].GetProperty("slug").GetString();
            var detail = await JsonAsync($"/api/{kind}/{first}");
            Assert.Equal(first, detail.GetProperty("slug").GetString());
        }
    }

    [SkippableTheory]
    [InlineData("/api/articles?page=-1")]
    [InlineData("/api/articles?page=x")]
    [InlineData("/api/articles?from=notadate")]
    [InlineData("/api/articles?pageSize=100000")]
    [InlineData("/api/people?page=0")]
    [InlineData("/api/quotes?page=abc")]
    public async Task BadParametersGive400ProblemJson(string url)
    {
        var problem = await JsonAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [SkippableTheory]
    [InlineData("/api/articles/999999")]
    [InlineData("/api/people/nobody-at-all")]
    [InlineData("/api/topics/none-such")]
    [InlineData("/api/no-such-endpoint")]
    public async Task MissingThingsGive404ProblemJson(string url) =>
        Assert.Equal(404, (await JsonAsync(url, HttpStatusCode.NotFound)).GetProperty("status").GetInt32());

    [SkippableTheory]
    [InlineData("\"")]
    [InlineData("NEAR(")]
    [InlineData("body:x")]
    public async Task HostileQueriesGiveAnswersNotErrors(string query)
    {
        var page = await JsonAsync("/api/articles?q=" + Uri.EscapeDataString(query));

        Assert.True(page.TryGetProperty("total", out _));
    }

    [SkippableFact]
    public async Task OpenApiDocumentDescribesTheApi()
    {
        var openapi = await JsonAsync("/openapi/v1.json");

        var paths = openapi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/articles", paths);
        Assert.Contains("/api/articles/{id}", paths);
        Assert.Contains("/api/people/{slug}", paths);
        Assert.Contains("/api/quotes", paths);
    }

    [SkippableFact]
    public async Task HealthReportsAReachableCurrentSchema()
    {
        var health = await JsonAsync("/healthz");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal(0, health.GetProperty("pendingMigrations").GetInt32());
        Assert.True(health.GetProperty("articles").GetInt32() > 0);
    }
}

[Collection(SharedSite.Name)]
public sealed class SqliteApiTests(ArchiveFixture archive) : ApiTests(archive);

[Collection(PostgresSite.Name)]
public sealed class PostgresApiTests(PostgresArchiveFixture archive) : ApiTests(archive);
