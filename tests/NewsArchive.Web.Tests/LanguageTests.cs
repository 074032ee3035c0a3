namespace NewsArchive.Web.Tests;

public abstract class LanguageTests(ArchiveFixture archive)
{
    private readonly TestEngine engine = PostgresServer.Require(archive.Engine);

    [SkippableFact]
    public async Task AcceptLanguageFrenchGivesAFrenchInterface()
    {
        var home = await Html.GetOkAsync(archive.CreateClient("fr-FR,fr;q=0.9"), "/");

        Assert.Equal("fr", home.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Derniers articles", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector(".language-switch a[hreflang=en]"));
    }

    [SkippableFact]
    public async Task DatesAreWrittenInTheInterfaceLanguage()
    {
        // The small archive holds Wikinews articles of January 2016.
        var english = await Html.GetOkAsync(archive.CreateClient("en"), "/search?sort=date");
        var french = await Html.GetOkAsync(archive.CreateClient("fr"), "/search?sort=date");

        Assert.Contains("January 2016", english.QuerySelector(".hits")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("janvier 2016", french.QuerySelector(".hits")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheSwitchSetsACookieThatWinsOverAcceptLanguage()
    {
        var client = archive.CreateClient("en");
        var switched = await client.GetAsync(new Uri("/language?culture=fr&returnUrl=%2Fpeople", UriKind.Relative));
        Assert.Equal("/people", switched.Headers.Location!.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie")).Split(';')[0];

        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/people", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Personnes", page.QuerySelector("h1")!.TextContent);
    }
}

[Collection(SharedSite.Name)]
public sealed class SqliteLanguageTests(ArchiveFixture archive) : LanguageTests(archive);

[Collection(PostgresSite.Name)]
public sealed class PostgresLanguageTests(PostgresArchiveFixture archive) : LanguageTests(archive);
