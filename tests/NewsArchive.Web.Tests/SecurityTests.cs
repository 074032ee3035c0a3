using System.Net;

namespace NewsArchive.Web.Tests;

public abstract class SecurityTests(ArchiveFixture archive)
{
    private readonly TestEngine engine = PostgresServer.Require(archive.Engine);

    private readonly HttpClient client = archive.CreateClient();

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/search?q=japon")]
    [InlineData("/api/people")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [SkippableTheory]
    [InlineData("POST", "/search")]
    [InlineData("PUT", "/api/articles/1")]
    [InlineData("DELETE", "/api/people/yoshimasa-hayashi")]
    [InlineData("PATCH", "/")]
    public async Task TheSiteIsReadOnly(string method, string url)
    {
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)) { Content = new StringContent("x") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [SkippableFact]
    public async Task HeadIsAllowed()
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task AnOverlongQueryStringIsRefused()
    {
        var response = await client.GetAsync(new Uri("/search?q=" + new string('a', 3000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [SkippableFact]
    public async Task AnOverlongQueryIsExplained()
    {
        var (response, page) = await Html.GetAsync(client, "/search?q=" + new string('a', 600));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 500 characters", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheLanguageSwitchOnlyRedirectsWithinTheSite()
    {
        var response = await client.GetAsync(new Uri("/language?culture=fr&returnUrl=https://evil.example/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [SkippableFact]
    public async Task TypedMarkupIsShownAsText()
    {
        var (_, page) = await Html.GetAsync(client, "/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector("#search-q")!.GetAttribute("value"));
    }
}

[Collection(SharedSite.Name)]
public sealed class SqliteSecurityTests(ArchiveFixture archive) : SecurityTests(archive);

[Collection(PostgresSite.Name)]
public sealed class PostgresSecurityTests(PostgresArchiveFixture archive) : SecurityTests(archive);
