using System.Text.Json;

namespace NewsArchive.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("newsarchive-cli-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task ExtractPrintsTheSeedAsItsGoldenJson()
    {
        var (exit, output, _) = await Cli.RunAsync(RepoRoot.Path, "extract", "seeds/000_a1569518ab3dae2f.txt", "--json");

        Assert.Equal(0, exit);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Golden.AssertMatches("000_a1569518ab3dae2f", line);
    }

    [Fact]
    public async Task ExtractReportsABrokenFileAndStillPrintsTheOthers()
    {
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.txt"), "PARIS (AFP) - Le ministre Jean Dupont a annoncé lundi une réforme.\n");
        await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "b.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);

        var (exit, output, _) = await Cli.RunAsync(folder.FullName, "extract", ".", "--json");

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("a.txt", lines[0].GetProperty("source").GetString());
        Assert.Equal("PARIS", lines[0].GetProperty("dateline").GetString());
        Assert.Equal("b.txt", lines[1].GetProperty("source").GetString());
        Assert.False(string.IsNullOrWhiteSpace(lines[1].GetProperty("error").GetString()));
    }

    [Fact]
    public async Task ImportIsIdempotentAndFeedsStatsAndSearch()
    {
        var db = Path.Combine(folder.FullName, "archive.db");
        var articles = Path.Combine(folder.FullName, "articles");
        Directory.CreateDirectory(Path.Combine(articles, "2018"));
        File.Copy(RepoRoot.File("seeds", "000_a1569518ab3dae2f.txt"), Path.Combine(articles, "seed.txt"));
        File.Copy(RepoRoot.File("seeds", "wikinews-fr", "2018", "03", "2018_03_01-001.txt"), Path.Combine(articles, "2018", "2018_03_01-001.txt"));

        var first = await Cli.RunAsync(folder.FullName, "import", "articles", "--db", db);
        var second = await Cli.RunAsync(folder.FullName, "import", "articles", "--db", db);
        var stats = await Cli.RunAsync(folder.FullName, "stats", "--db", db, "--json");
        var search = await Cli.RunAsync(folder.FullName, "search", "etats-unis", "--db", db, "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 new, 0 updated, 0 unchanged, 0 failed", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 new, 0 updated, 2 unchanged, 0 failed", second.Output, StringComparison.Ordinal);
        var counts = JsonDocument.Parse(stats.Output).RootElement;
        Assert.Equal(2, counts.GetProperty("articles").GetInt32());
        Assert.True(counts.GetProperty("people").GetInt32() >= 8);
        Assert.Equal(2, counts.GetProperty("importRuns").GetInt32());
        var hits = JsonDocument.Parse(search.Output).RootElement;
        Assert.Equal(1, hits.GetProperty("total").GetInt32());
        Assert.StartsWith("Le Premier ministre japonais", hits.GetProperty("hits")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportReportsEachBrokenFileWithItsReasonAndExitsOne()
    {
        var db = Path.Combine(folder.FullName, "archive.db");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "good.json"), """{"title": "Un titre", "body": "Le président Emmanuel Macron a parlé.", "date": "2024-05-01"}""");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "bad.json"), """{"title": "Tronqué", "body": "Le début""");

        var (exit, output, _) = await Cli.RunAsync(folder.FullName, "import", ".", "--db", db);
        var stats = await Cli.RunAsync(folder.FullName, "stats", "--db", db, "--json");

        Assert.Equal(1, exit);
        Assert.Contains("1 new, 0 updated, 0 unchanged, 1 failed", output, StringComparison.Ordinal);
        Assert.Contains("failed: bad.json: ", output, StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(stats.Output).RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task ImportWithOneWorkerStoresTheSameArticles()
    {
        var db = Path.Combine(folder.FullName, "archive.db");
        File.Copy(RepoRoot.File("seeds", "000_a1569518ab3dae2f.txt"), Path.Combine(folder.FullName, "seed.txt"));

        var import = await Cli.RunAsync(folder.FullName, "import", "seed.txt", "--db", db, "--workers", "1");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("1 new, 0 updated, 0 unchanged, 0 failed", import.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRunWritesNothing()
    {
        var db = Path.Combine(folder.FullName, "archive.db");
        File.Copy(RepoRoot.File("seeds", "000_a1569518ab3dae2f.txt"), Path.Combine(folder.FullName, "seed.txt"));

        var dry = await Cli.RunAsync(folder.FullName, "import", "seed.txt", "--db", db, "--dry-run");
        var stats = await Cli.RunAsync(folder.FullName, "stats", "--db", db, "--json");

        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("1 new", dry.Output, StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(stats.Output).RootElement.GetProperty("articles").GetInt32());
    }

    [Theory]
    [InlineData("import")]
    [InlineData("search")]
    [InlineData("frobnicate")]
    [InlineData("search", "x", "--limit", "0")]
    [InlineData("import", ".", "--workers", "0")]
    public async Task UsageErrorsExitWithTwo(params string[] args)
    {
        var (exit, _, error) = await Cli.RunAsync(folder.FullName, args);

        Assert.Equal(2, exit);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("extract")]
    [InlineData("search")]
    [InlineData("stats")]
    [InlineData("eval")]
    public async Task EveryCommandHasHelp(string command)
    {
        var (exit, output, _) = await Cli.RunAsync(folder.FullName, command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains($"newsarchive {command}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchWithHostileSyntaxNeverFails()
    {
        var db = Path.Combine(folder.FullName, "archive.db");
        foreach (var query in new[] { "\"", "AND(", "NEAR(", "*", "-", "(((", "title:x" })
        {
            var (exit, output, error) = await Cli.RunAsync(folder.FullName, "search", query, "--db", db, "--json");
            Assert.True(exit is 0 or 2, $"{query}: exit {exit}: {error}");
            var result = JsonDocument.Parse(output).RootElement;
            Assert.Equal(0, result.GetProperty("total").GetInt32());
        }
    }
}
