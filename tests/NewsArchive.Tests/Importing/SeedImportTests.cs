using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Extraction;
using NewsArchive.Importing;
using NewsArchive.Storage;
using NewsArchive.Tests.Storage;

namespace NewsArchive.Tests.Importing;

/// <summary>The real parser and analyser over one month of the Wikinews seeds.</summary>
public abstract class SeedImportTests(TestEngine engine)
{
    private readonly TestEngine engine = PostgresServer.Require(engine);

    [SkippableFact]
    public async Task ImportsAMonthOfWikinewsWithUrlsAndReimportsNothing()
    {
        await using var archive = await TemporaryArchive.CreateAsync(engine);
        var importer = new ArchiveImporter(archive.Options, NullLogger<ArchiveImporter>.Instance, ArticleAnalyzer.Default);
        var folder = RepoRoot.File("seeds", "wikinews-fr", "2018", "03");
        string[] paths = [folder, RepoRoot.File("seeds", "wikinews-fr", "2018", "2018-03-urls.txt")];
        var articleFiles = Directory.EnumerateFiles(folder, "*.txt").Count();
        var progress = new List<ImportProgress>();

        var first = await importer.ImportAsync(paths, new ImportOptions { BaseDirectory = RepoRoot.Path }, new SynchronousProgress(progress), CancellationToken.None);
        var second = await importer.ImportAsync(paths, new ImportOptions { BaseDirectory = RepoRoot.Path }, null, CancellationToken.None);

        Assert.Empty(first.Failures);
        Assert.Equal((articleFiles, articleFiles), (first.Files, first.New));
        Assert.Equal((0, 0, articleFiles), (second.New, second.Updated, second.Unchanged));
        Assert.Equal(articleFiles, progress[^1].FilesDone);
        Assert.Equal(Enumerable.Range(0, articleFiles + 1), progress.Select(p => p.FilesDone).Order());
        await using var db = archive.Open();
        Assert.Equal(articleFiles, await db.Articles.CountAsync(a => a.Url != null && a.Url.StartsWith("https://fr.wikinews.org/")));
        Assert.True(await db.Articles.AllAsync(a => a.SourcePath.StartsWith("seeds/wikinews-fr/2018/03/")));
        var page = await new ArchiveSearch(db).SearchAsync(new SearchRequest { Query = "président", Year = 2018, Month = 3 }, CancellationToken.None);
        Assert.True(page.Total > 0);
        Assert.Contains(page.Hits[0].Snippet, s => s.Highlighted);
    }

    /// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, so the list is complete when the import returns.</summary>
    private sealed class SynchronousProgress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}

public sealed class SqliteSeedImportTests() : SeedImportTests(TestEngine.Sqlite);

public sealed class PostgresSeedImportTests() : SeedImportTests(TestEngine.Postgres);
