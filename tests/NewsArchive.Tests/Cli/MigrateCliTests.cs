using System.Text.Json;
using NewsArchive.Tests.Storage;

namespace NewsArchive.Tests.Cli;

/// <summary><c>newsarchive migrate</c> and <c>--provider</c>, through the real program, against a real PostgreSQL server.</summary>
public sealed class MigrateCliTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("newsarchive-migrate-");

    public void Dispose() => folder.Delete(recursive: true);

    [SkippableFact]
    public async Task MigrateCopiesASqliteArchiveToPostgresAndBackVerifiedByCounts()
    {
        PostgresServer.Require(TestEngine.Postgres);
        var sqlite = Path.Combine(folder.FullName, "archive.db");
        var copy = Path.Combine(folder.FullName, "back.db");
        await using var postgres = await TemporaryArchive.CreateAsync(TestEngine.Postgres);
        var server = "postgres:" + postgres.Path;
        var articles = CopySeeds();

        var import = await Cli.RunAsync(folder.FullName, "import", articles, "--db", sqlite);
        var there = await Cli.RunAsync(folder.FullName, "migrate", "--from", "sqlite:" + sqlite, "--to", server, "--json");
        var back = await Cli.RunAsync(folder.FullName, "migrate", "--from", server, "--to", "sqlite:" + copy);
        var again = await Cli.RunAsync(folder.FullName, "migrate", "--from", "sqlite:" + sqlite, "--to", server);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, there.ExitCode);
        var report = JsonDocument.Parse(there.Output).RootElement;
        Assert.True(report.GetProperty("verified").GetBoolean());
        var tables = report.GetProperty("tables");
        Assert.Equal(6, tables.GetProperty("Articles").GetProperty("target").GetInt64());
        Assert.Equal(6, tables.GetProperty("ArticleSearch").GetProperty("target").GetInt64());
        Assert.True(tables.GetProperty("Quotes").GetProperty("target").GetInt64() >= 7);
        Assert.All(tables.EnumerateObject(), t => Assert.Equal(t.Value.GetProperty("source").GetInt64(), t.Value.GetProperty("target").GetInt64()));
        Assert.DoesNotContain("Password", there.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, back.ExitCode);
        Assert.Contains("Verified: every count matches.", back.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("not empty", again.Error, StringComparison.Ordinal);

        // The three archives answer alike: the same counts and the same search results.
        var stats = await Task.WhenAll(
            Cli.RunAsync(folder.FullName, "stats", "--db", sqlite, "--json"),
            Cli.RunAsync(folder.FullName, "stats", "--provider", "postgres", "--db", postgres.Path, "--json"),
            Cli.RunAsync(folder.FullName, "stats", "--db", copy, "--json"));
        Assert.All(stats, s => Assert.Equal(0, s.ExitCode));
        Assert.Equal(Counts(stats[0].Output), Counts(stats[1].Output));
        Assert.Equal(Counts(stats[0].Output), Counts(stats[2].Output));
        var searches = await Task.WhenAll(
            Cli.RunAsync(folder.FullName, "search", "président", "--db", sqlite, "--json"),
            Cli.RunAsync(folder.FullName, "search", "président", "--db", server, "--json"));
        Assert.Equal(Total(searches[0].Output), Total(searches[1].Output));
        Assert.True(Total(searches[1].Output) > 0);

        // The copy goes on like any archive: importing more into it continues the ids without a collision.
        var more = await Cli.RunAsync(folder.FullName, "import", CopySeeds("more", "2016"), "--db", server);
        Assert.Equal(0, more.ExitCode);
    }

    [Fact]
    public async Task APostgresArchiveWithoutAConnectionStringIsAUsageError()
    {
        var result = await Cli.RunAsync(folder.FullName, "stats", "--provider", "postgres");
        var unknown = await Cli.RunAsync(folder.FullName, "stats", "--provider", "oracle");
        var missing = await Cli.RunAsync(folder.FullName, "migrate", "--from", "sqlite:nothing-here.db", "--to", "sqlite:copy.db");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs a connection string", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("sqlite or postgres", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("No archive at", missing.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.FullName, "copy.db")));
    }

    /// <summary>The seed and five Wikinews articles of one year, copied under <paramref name="name"/>.</summary>
    private string CopySeeds(string name = "articles", string year = "2018")
    {
        var target = Path.Combine(folder.FullName, name);
        Directory.CreateDirectory(target);
        if (year == "2018")
        {
            File.Copy(RepoRoot.File("seeds", "000_a1569518ab3dae2f.txt"), Path.Combine(target, "seed.txt"));
        }

        foreach (var file in Directory.EnumerateFiles(RepoRoot.File("seeds", "wikinews-fr", year), "*.txt", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith("-urls.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(year == "2018" ? 5 : 3))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    private static string Counts(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        return string.Join(",", new[] { "articles", "people", "organisations", "places", "mentions", "quotes", "topics", "importRuns" }
            .Select(p => root.GetProperty(p).GetInt32()));
    }

    private static int Total(string json) => JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
}
