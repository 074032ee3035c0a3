using NewsArchive.Bench.Corpus;
using NewsArchive.Bench.Scale;

namespace NewsArchive.Tests.Bench;

/// <summary>
/// The scale benchmark at a size a test run affords: it must run from corpus to HTTP and report every row. Timings are
/// not asserted (the machine's load decides them); that the pipeline produced each figure is.
/// </summary>
public sealed class ScaleSmokeTests
{
    [Fact]
    public async Task ScaleRunOverFiveHundredArticlesReportsEveryRow()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsarchive-tests", "bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new ScaleOptions
            {
                Sizes = [500],
                OutputFolder = folder,
                RepoRoot = RepoRoot.Path,
                Queries = 12,
                PageRequests = 2,
                SampleFiles = 50,
                Log = TextWriter.Null,
            };

            var text = await ScaleRun.RunAsync(options, CancellationToken.None);

            Assert.Equal(text, await File.ReadAllTextAsync(Path.Combine(folder, "report.md")));
            Assert.Contains("### N = 500 articles", text, StringComparison.Ordinal);
            var rows = text.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|')).ToList();
            foreach (var metric in ScaleBenchmark.Metrics)
            {
                var row = Assert.Single(rows, r => r.Length > 3 && r[2].Trim() == metric);
                Assert.False(string.IsNullOrWhiteSpace(row[3]), metric + " has no value");
            }

            var imported = Assert.Single(rows, r => r[2].Trim() == "articles imported");
            Assert.Equal("500", imported[3].Trim());
            Assert.Contains("0 not 200", text, StringComparison.Ordinal);
            Assert.Contains("plan `search: best 500 (facets and page)`", text, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void CorpusGeneratorWritesTheSameFilesForTheSameSeed()
    {
        var material = SeedMaterial.Load(RepoRoot.Path);
        var root = Path.Combine(Path.GetTempPath(), "newsarchive-tests", "corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = new CorpusGenerator(material).Write(Path.Combine(root, "a"), 60);
            var second = new CorpusGenerator(material).Write(Path.Combine(root, "b"), 60);

            Assert.Equal(60, first.Articles);
            Assert.Equal(first.Bytes, second.Bytes);
            Assert.Equal(Snapshot(first.Folder), Snapshot(second.Folder));
            Assert.Contains(Directory.GetFiles(first.Folder, "*.txt", SearchOption.AllDirectories), p => File.ReadAllText(p).Contains("(AFP) - ", StringComparison.Ordinal)
                || File.ReadAllText(p).Contains("(Reuters) - ", StringComparison.Ordinal) || File.ReadAllText(p).Contains("(AP) - ", StringComparison.Ordinal));
            Assert.NotEmpty(Directory.GetFiles(first.Folder, "*.jsonl", SearchOption.AllDirectories));
            Assert.True(first.Recurring["Emmanuel Macron"] > 5, "the most recurring person is named in a large share of articles");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("SCAN a USING INDEX IX_Articles_Published", true)]
    [InlineData("SCAN Articles", true)]
    [InlineData("SCAN ArticleSearch VIRTUAL TABLE INDEX 0:M4", false)]
    [InlineData("SCAN x USING COVERING INDEX IX_Mentions_EntityId_ArticleId", false)]
    [InlineData("SCAN m0", false)]
    [InlineData("SEARCH a USING INTEGER PRIMARY KEY (rowid=?)", false)]
    public void FlagsOnlyWholeTableScans(string step, bool full)
    {
        string[] plan = ["CO-ROUTINE m0", step];

        Assert.Equal(full, QueryPlans.FullScans(plan).Contains(step));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(folder, p), File.ReadAllText, StringComparer.Ordinal);
}
