using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsArchive.Bench.Corpus;
using NewsArchive.Extraction;
using NewsArchive.Importing;
using NewsArchive.Storage;
using NewsArchive.Web.Tests.Load;
using Xunit.Abstractions;

namespace NewsArchive.Web.Tests;

/// <summary>
/// Issue 6, concurrent use: the real site on Kestrel at 127.0.0.1, over its own archive, keeps answering 8 clients for 30 s
/// while the real importer writes 10,000 generated articles into the same file (WAL, busy timeout, one writer).
/// Latencies are reported, not asserted: speed is the benchmarks' business, failures are this test's.
/// </summary>
[Collection(nameof(LoadTests))]
public sealed class LoadTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 8;
    private const int ImportArticles = 10_000;
    // Bounds the run if the site ever answers far faster than today (a few hundred requests/s here).
    private const int MaxRequests = 60_000;
    private const int SeedWikinewsFiles = 20;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ImportStartTimeout = TimeSpan.FromSeconds(20);

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("newsarchive-load-");
    private readonly Stopwatch sinceStart = Stopwatch.StartNew();
    private int budget = MaxRequests;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task EightClientsGetOnlySuccessfulAnswersWhileTenThousandArticlesImport()
    {
        var database = Path.Combine(folder.FullName, "archive.db");
        var seeds = Path.Combine(folder.FullName, "seeds");
        CopySeeds(seeds);
        var clock = Stopwatch.StartNew();
        var corpus = new CorpusGenerator(SeedMaterial.Load(RepoRoot.Path)).Write(Path.Combine(folder.FullName, "corpus"), ImportArticles);
        Log($"generated {corpus.Articles:N0} articles in {corpus.Files:N0} files ({corpus.Bytes / 1e6:0.0} MB) in {clock.Elapsed.TotalSeconds:0.0} s");

        // The site seeds its empty archive at start-up with the real importer, as a fresh install does.
        await using var site = new ArchiveFixture.SiteFactory(database, seeds, "Production",
            ("RateLimiting:PermitLimit", "1000000"), ("RateLimiting:WindowSeconds", "1"),
            // One log line per request would be thousands of lines of test output, and console time off the 2 cores.
            ("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Warning"));
        site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        var address = new Uri(site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(address.Host)), $"the site must listen on loopback only, not {address}");

        var options = ArchiveDatabase.Options(database);
        var mix = await RequestMix.BuildAsync(options);
        var seeded = await CountArticlesAsync(options);
        using (var client = CreateClient(address))
        {
            // Every URL of the mix answers 200 before the import starts: a failure later is the import's doing.
            foreach (var request in mix.DistinctBy(r => r.Url))
            {
                using var response = await client.GetAsync(new Uri(request.Url, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"before the import, {request.Url} answered {(int)response.StatusCode}");
            }
        }

        Log($"site up and every URL answered once; seeded archive: {seeded} articles; mix of {mix.Count} requests over {mix.Select(r => r.Kind).Distinct().Count()} kinds");

        // The importer in its own DbContextOptions on the same file: the one writer, beside the site's readers.
        var importer = new ArchiveImporter(options, site.Services.GetRequiredService<ILogger<ArchiveImporter>>(), ArticleAnalyzer.Default);
        var watch = new ImportWatch();
        using var stopImport = new CancellationTokenSource();
        var import = Task.Run(() => importer.ImportAsync([corpus.Folder], new ImportOptions { BaseDirectory = corpus.Folder }, watch, stopImport.Token));
        var waited = Stopwatch.StartNew();
        // The first report comes once the sources are listed and the workers started: the window starts with the import.
        while (watch.Latest is null && !import.IsCompleted && waited.Elapsed < ImportStartTimeout)
        {
            await Task.Delay(50);
        }

        Assert.False(import.IsFaulted, "the import failed before the load started: " + import.Exception);
        Assert.True(watch.Latest is not null || import.IsCompleted, $"the import had not started after {ImportStartTimeout.TotalSeconds} s");

        Log($"import under way ({watch.Latest?.FilesTotal ?? 0:N0} files to read); {Clients} clients start");
        var log = new RequestLog();
        var committedAtStart = await CountArticlesAsync(options);
        var window = Stopwatch.StartNew();
        using (var end = new CancellationTokenSource(Window))
        {
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(i => Task.Run(() => RunClientAsync(address, mix, i, log, end.Token))));
        }

        var elapsed = window.Elapsed;
        var importedThroughout = !import.IsCompleted;
        var committedAtEnd = await CountArticlesAsync(options);
        var progress = watch.Latest;

        // Stopped, not waited for: a whole import takes longer than the window here, and the test must stay short.
        await stopImport.CancelAsync();
        ImportSummary? summary = null;
        try
        {
            summary = await import;
        }
        catch (OperationCanceledException) when (importedThroughout)
        {
            // Cancelled as asked: its open batch is rolled back and the run recorded with what it committed.
        }

        var final = await CountArticlesAsync(options);
        Log("window closed and import stopped; requests by kind:");
        output.WriteLine(log.Summary(elapsed));
        Log($"import during the window: {committedAtEnd - committedAtStart:N0} articles committed in {elapsed.TotalSeconds:0.0} s " +
            $"({(committedAtEnd - committedAtStart) / elapsed.TotalSeconds:0.0} articles/s); at the end {progress?.FilesDone ?? 0:N0}/{progress?.FilesTotal ?? 0:N0} files read, " +
            $"{(importedThroughout ? "still running, then cancelled" : "finished within the window")}; archive {seeded} -> {final:N0} articles");

        var records = log.Records;
        var failures = records.Where(r => r.Failed).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {records.Count} requests failed, first ones:{Environment.NewLine}" +
            string.Join(Environment.NewLine, failures.Take(10)));
        Assert.True(records.Count >= Clients, $"only {records.Count} requests were made");
        Assert.Equal(mix.Select(r => r.Kind).Distinct().Order(StringComparer.Ordinal), records.Select(r => r.Kind).Distinct().Order(StringComparer.Ordinal));

        var run = await LastImportRunAsync(options);
        Assert.Equal(0, run.Failed);
        Assert.Equal(0, progress?.Failed ?? 0);
        Assert.NotNull(run.EndedAt);
        if (importedThroughout)
        {
            // The import really wrote while the clients read, and kept exactly what it recorded as committed.
            Assert.True(committedAtEnd > committedAtStart, "the import committed nothing during the window");
            Assert.Equal(final - seeded, run.New);
        }
        else
        {
            Assert.NotNull(summary);
            Assert.Equal(ImportArticles, summary.New);
            Assert.Equal(0, summary.Failed);
            Assert.Equal(seeded + ImportArticles, final);
        }

        await AssertSoundAsync(database);
        Log("the archive passes integrity_check, foreign_key_check and has a search row for every article");
        await site.DisposeAsync();
        Log("site stopped");
    }

    private async Task RunClientAsync(Uri address, IReadOnlyList<LoadRequest> mix, int client, RequestLog log, CancellationToken end)
    {
        using var http = CreateClient(address);
        // Each client starts at its own place in the mix, so the kinds are asked for at the same time.
        for (var next = client * mix.Count / Clients; !end.IsCancellationRequested && Interlocked.Decrement(ref budget) >= 0; next++)
        {
            var request = mix[next % mix.Count];
            var clock = Stopwatch.StartNew();
            try
            {
                // Its own timeout, not the window's token: a request under way when the window closes still counts.
                using var timeout = new CancellationTokenSource(RequestTimeout);
                using var response = await http.GetAsync(new Uri(request.Url, UriKind.Relative), HttpCompletionOption.ResponseContentRead, timeout.Token);
                log.Add(new RequestRecord(request.Kind, request.Url, response.StatusCode, clock.Elapsed, null));
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                log.Add(new RequestRecord(request.Kind, request.Url, null, clock.Elapsed, ex.GetType().Name + ": " + ex.Message));
            }
        }
    }

    private static HttpClient CreateClient(Uri address)
    {
        // No proxy, no redirects, no cookies: straight to the loopback site, and a redirect would be a failure.
        var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        return client;
    }

    private static async Task<int> CountArticlesAsync(DbContextOptions<ArchiveDbContext> options)
    {
        await using var db = new ArchiveDbContext(options);
        return await db.Articles.CountAsync();
    }

    private static async Task<ImportRun> LastImportRunAsync(DbContextOptions<ArchiveDbContext> options)
    {
        await using var db = new ArchiveDbContext(options);
        return await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstAsync();
    }

    private static async Task AssertSoundAsync(string database)
    {
        await using var connection = new SqliteConnection(ArchiveDatabase.ConnectionString(database));
        await connection.OpenAsync();
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM pragma_foreign_key_check"));
        // Every stored article is searchable: no article was committed without its search row.
        Assert.Equal(0L, await ScalarAsync(connection, """SELECT count(*) FROM "Articles" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleSearch" s WHERE s.rowid = a."Id")"""));
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    // Each line says when, from the test's start, so a slow run shows which step took the time.
    private void Log(string line) => output.WriteLine($"[{sinceStart.Elapsed.TotalSeconds,5:0.0} s] {line}");

    /// <summary>The seed article and the first Wikinews files with their URL lists: articles, people and quotes to ask for.</summary>
    private static void CopySeeds(string target)
    {
        Directory.CreateDirectory(target);
        File.Copy(RepoRoot.File("seeds", "000_a1569518ab3dae2f.txt"), Path.Combine(target, "000_a1569518ab3dae2f.txt"));
        var wikinews = RepoRoot.File("seeds", "wikinews-fr");
        foreach (var file in Directory.EnumerateFiles(wikinews, "*.txt", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith("-urls.txt", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal).Take(SeedWikinewsFiles))
        {
            var copy = Path.Combine(target, "wikinews-fr", Path.GetRelativePath(wikinews, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            var month = Path.GetDirectoryName(file)!;
            var urls = Path.Combine(Path.GetDirectoryName(month)!, $"{Path.GetFileName(Path.GetDirectoryName(month))}-{Path.GetFileName(month)}-urls.txt");
            var urlsCopy = Path.Combine(target, "wikinews-fr", Path.GetRelativePath(wikinews, urls));
            if (File.Exists(urls) && !File.Exists(urlsCopy))
            {
                File.Copy(urls, urlsCopy);
            }
        }
    }
}

/// <summary>The load test's collection: it runs alone, so it neither slows the other tests nor is slowed by them.</summary>
[CollectionDefinition(nameof(LoadTests), DisableParallelization = true)]
public sealed class LoadTestsRunAlone;
