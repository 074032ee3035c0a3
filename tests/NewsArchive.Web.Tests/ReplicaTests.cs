using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace NewsArchive.Web.Tests;

/// <summary>
/// A second site instance over the same PostgreSQL archive through a connection that cannot write, as on a read
/// replica: it starts without migrating or seeding, and serves the archive the first instance imported.
/// </summary>
[Collection(PostgresSite.Name)]
public sealed class ReplicaTests(PostgresArchiveFixture archive)
{
    private readonly TestEngine engine = PostgresServer.Require(archive.Engine);

    [SkippableFact]
    public async Task ASecondInstanceOnAReadOnlyConnectionServesTheSameArchive()
    {
        var readOnly = new NpgsqlConnectionStringBuilder(archive.PostgresConnectionString) { Options = "-c default_transaction_read_only=on" }.ConnectionString;
        await using var replica = new ArchiveFixture.SiteFactory(readOnly, archive.SeedsPath, "Production", ("NEWSARCHIVE_PROVIDER", "postgres"), ("Archive:ImportSeedsWhenEmpty", "false"));
        replica.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        replica.StartServer();
        var address = new Uri(replica.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var second = new HttpClient { BaseAddress = address };
        using var first = archive.CreateClient();

        foreach (var url in new[] { "/api/articles?q=japon", "/api/people?q=hayashi", "/healthz" })
        {
            var (a, b) = (await first.GetAsync(new Uri(url, UriKind.Relative)), await second.GetAsync(new Uri(url, UriKind.Relative)));
            Assert.Equal(HttpStatusCode.OK, b.StatusCode);
            Assert.Equal(await a.Content.ReadAsStringAsync(), await b.Content.ReadAsStringAsync());
        }

        var page = await second.GetAsync(new Uri("/people/yoshimasa-hayashi", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
