using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Web.Tests;

/// <summary>
/// Topic pages, API and feed over a copy of the archive with two topics written in SQL on the seed article (marked
/// "essai" so they cannot collide with extracted ones), so they are tested whatever the topic extractor finds.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class TopicTests(ArchiveFixture archive) : IAsyncLifetime, IDisposable
{
    private ArchiveFixture.SiteFactory site = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var copy = archive.CopyArchive();
        await using (var connection = new SqliteConnection($"Data Source={copy}"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO Topics (Kind, Name, Key, Slug, ArticleCount) VALUES (2, 'Diplomatie (essai)', 'diplomatie essai', 'diplomatie-essai', 1), (1, 'sommet nippo-américain (essai)', 'sommet nippo americain essai', 'sommet-nippo-americain-essai', 1);
                INSERT INTO ArticleTopics (ArticleId, TopicId, Score)
                    SELECT a.Id, t.Id, 0.8 FROM Articles a, Topics t WHERE a.SourcePath LIKE '%000_a1569518ab3dae2f.txt' AND t.Slug IN ('diplomatie-essai', 'sommet-nippo-americain-essai');
                """;
            await insert.ExecuteNonQueryAsync();
        }

        site = new ArchiveFixture.SiteFactory(copy, archive.SeedsPath, "Production");
        client = site.CreateClient();
    }

    public void Dispose() => client.Dispose();

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task TheIndexListsCategoriesAndKeyphrases()
    {
        var index = await Html.GetOkAsync(client, "/topics");

        Assert.NotNull(index.QuerySelector("#categories ~ ul a[href='/topics/diplomatie-essai']"));
        Assert.NotNull(index.QuerySelector("#keyphrases ~ ul a[href='/topics/sommet-nippo-americain-essai']"));
    }

    [Fact]
    public async Task ATopicPageListsItsArticlesAndPeople()
    {
        var topic = await Html.GetOkAsync(client, "/topics/diplomatie-essai");

        Assert.Equal("Diplomatie (essai)", topic.QuerySelector("h1")!.TextContent);
        Assert.Contains(topic.QuerySelectorAll("#articles ~ ul a"), a => a.TextContent.Contains("Ishiba", StringComparison.Ordinal));
        Assert.NotNull(topic.QuerySelector("#people ~ ul a[href='/people/yoshimasa-hayashi']"));
        Assert.NotNull(topic.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task TheSeedArticleShowsItsTopicsAndSearchFiltersByThem()
    {
        var article = await Html.GetOkAsync(client, await Html.SeedArticleAsync(client));
        Assert.NotNull(article.QuerySelector("aside a[href='/topics/diplomatie-essai']"));

        var filtered = await Html.GetOkAsync(client, "/search?topic=diplomatie-essai");
        Assert.Equal("1 result", filtered.QuerySelector("#result-count")!.TextContent.Split('·')[0].Trim());
    }

    [Fact]
    public async Task TheApiAndTheFeedServeTopics()
    {
        var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/topics?q=essai", UriKind.Relative))).RootElement;
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var detail = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/topics/diplomatie-essai", UriKind.Relative))).RootElement;
        Assert.Equal("category", detail.GetProperty("kind").GetString());
        Assert.Equal(1, detail.GetProperty("articleList").GetArrayLength());

        var feed = await client.GetAsync(new Uri("/topics/diplomatie-essai/feed.atom", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Single(XDocument.Parse(await feed.Content.ReadAsStringAsync()).Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")));
    }
}
