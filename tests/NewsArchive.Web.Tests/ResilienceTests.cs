using System.Net;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Web.Tests;

/// <summary>Rate limits and failures, each on its own short-lived site over the shared archive (or a damaged copy).</summary>
[Collection(SharedSite.Name)]
public sealed class ResilienceTests(ArchiveFixture archive)
{
    [Fact]
    public async Task PastTheRateLimitSearchAnswers429WithAFriendlyPage()
    {
        await using var site = new ArchiveFixture.SiteFactory(archive.DatabasePath, archive.SeedsPath, "Production",
            ("RateLimiting:PermitLimit", "3"), ("RateLimiting:WindowSeconds", "60"));
        var client = site.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await client.GetAsync(new Uri("/search?q=japon", UriKind.Relative)));
        }

        Assert.Equal(HttpStatusCode.OK, answers[0].StatusCode);
        var limited = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Too many requests", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(limited.Headers.RetryAfter);
        var api = await client.GetAsync(new Uri("/api/people", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/people/yoshimasa-hayashi", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AFailureShowsAFriendlyPageWithoutAStackTrace()
    {
        var damaged = archive.CopyArchive();
        await using (var connection = new SqliteConnection($"Data Source={damaged}"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE Quotes";
            await drop.ExecuteNonQueryAsync();
        }

        await using var site = new ArchiveFixture.SiteFactory(damaged, archive.SeedsPath, "Production");
        var client = site.CreateClient();

        var page = await client.GetAsync(new Uri("/quotes", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SqliteException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html.Replace("at most", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var api = await client.GetAsync(new Uri("/api/quotes", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.DoesNotContain("Sqlite", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task HealthFailsWhenTheSchemaIsBehind()
    {
        var behind = archive.CopyArchive();
        await using var site = new ArchiveFixture.SiteFactory(behind, archive.SeedsPath, "Production");
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        await using (var connection = new SqliteConnection($"Data Source={behind}"))
        {
            await connection.OpenAsync();
            await using var forget = connection.CreateCommand();
            forget.CommandText = """DELETE FROM "__EFMigrationsHistory" """;
            await forget.ExecuteNonQueryAsync();
        }

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"pendingMigrations\":1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }
}
