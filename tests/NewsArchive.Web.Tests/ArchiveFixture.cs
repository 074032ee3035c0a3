using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsArchive.Web.Tests;

/// <summary>
/// One running site over one real archive for every web test: a temporary SQLite file (or, in
/// <see cref="PostgresArchiveFixture"/>, a throw-away PostgreSQL database) that the app itself fills at start-up with
/// the real importer from a small seeds folder (the seed article and the first Wikinews files), served by Kestrel on a
/// loopback port so HttpClient and Chromium talk to the same server.
/// </summary>
public class ArchiveFixture : IAsyncLifetime
{
    public const int WikinewsFiles = 20;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "newsarchive-web-" + Guid.NewGuid().ToString("N"));

    private string? postgres;

    /// <summary>The PostgreSQL database's connection string (null on SQLite).</summary>
    public string? PostgresConnectionString => postgres;

    /// <summary>The engine the site runs on.</summary>
    public virtual TestEngine Engine => TestEngine.Sqlite;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public string DatabasePath => Path.Combine(folder, "archive.db");
    public string SeedsPath => Path.Combine(folder, "seeds");

    public HttpClient CreateClient(string? language = "en")
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    public async Task InitializeAsync()
    {
        if (PostgresServer.Unavailable(Engine))
        {
            // Every test of this fixture skips itself (PostgresServer.Require); no site is started.
            return;
        }

        CopySmallSeedSet(SeedsPath);
        if (Engine == TestEngine.Postgres)
        {
            postgres = await PostgresServer.CreateDatabaseAsync();
            Factory = new SiteFactory(postgres, SeedsPath, "Production", ("NEWSARCHIVE_PROVIDER", "postgres"));
        }
        else
        {
            Factory = new SiteFactory(DatabasePath, SeedsPath, "Production");
        }

        Factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (postgres is not null)
        {
            await PostgresServer.DropDatabaseAsync(postgres);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopySmallSeedSet(string target)
    {
        Directory.CreateDirectory(target);
        File.Copy(RepoRoot.File("seeds", "000_a1569518ab3dae2f.txt"), Path.Combine(target, "000_a1569518ab3dae2f.txt"));
        var wikinews = RepoRoot.File("seeds", "wikinews-fr");
        foreach (var file in Directory.EnumerateFiles(wikinews, "*.txt", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith("-urls.txt", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal).Take(WikinewsFiles))
        {
            var relative = Path.GetRelativePath(wikinews, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, "wikinews-fr", relative))!);
            File.Copy(file, Path.Combine(target, "wikinews-fr", relative));
            // The month's URL list gives each article its source link.
            var month = Path.GetFileName(Path.GetDirectoryName(file))!;
            var year = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(file)))!;
            var urls = Path.Combine(wikinews, year, $"{year}-{month}-urls.txt");
            var urlsCopy = Path.Combine(target, "wikinews-fr", year, $"{year}-{month}-urls.txt");
            if (File.Exists(urls) && !File.Exists(urlsCopy))
            {
                File.Copy(urls, urlsCopy);
            }
        }
    }

    /// <summary>The site pointed at a given archive and seeds folder, in a given environment.</summary>
    public sealed class SiteFactory(string database, string seeds, string environment, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            builder.UseEnvironment(environment);
            builder.UseSetting("NEWSARCHIVE_DB", database);
            builder.UseSetting("Archive:SeedsPath", seeds);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    /// <summary>A copy of the archive (SQLite's online backup, so the live WAL is included) for a test that damages it.</summary>
    public string CopyArchive()
    {
        var copy = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db");
        using var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
        using var target = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy}");
        source.Open();
        target.Open();
        source.BackupDatabase(target);
        return copy;
    }
}

[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<ArchiveFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "archive";
}

/// <summary>The same site and archive on PostgreSQL.</summary>
public sealed class PostgresArchiveFixture : ArchiveFixture
{
    public override TestEngine Engine => TestEngine.Postgres;
}

[CollectionDefinition(Name)]
public sealed class PostgresSite : ICollectionFixture<PostgresArchiveFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "archive-postgres";
}
