using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Extraction;
using NewsArchive.Importing;
using NewsArchive.Storage;
using NewsArchive.Tests.Storage;

namespace NewsArchive.Tests.Importing;

/// <summary>The real parser and analyser over one year of the Wikinews seeds.</summary>
public sealed class SeedImportTests
{
    [Fact]
    public async Task ImportsAYearOfWikinewsWithUrlsAndReimportsNothing()
    {
        await using var archive = await TemporaryArchive.CreateAsync();
        var importer = new ArchiveImporter(archive.Options, NullLogger<ArchiveImporter>.Instance, ArticleAnalyzer.Default);
        var folder = RepoRoot.File("seeds", "wikinews-fr", "2018");
        var articleFiles = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Count(f => !f.EndsWith("-urls.txt", StringComparison.Ordinal));
        var progress = new List<ImportProgress>();

        var first = await importer.ImportAsync([folder], new ImportOptions { BaseDirectory = RepoRoot.Path }, new SynchronousProgress(progress), CancellationToken.None);
        var second = await importer.ImportAsync([folder], new ImportOptions { BaseDirectory = RepoRoot.Path }, null, CancellationToken.None);

        Assert.Empty(first.Failures);
        Assert.Equal((articleFiles, articleFiles), (first.Files, first.New));
        Assert.Equal((0, 0, articleFiles), (second.New, second.Updated, second.Unchanged));
        Assert.Equal(articleFiles, progress[^1].FilesDone);
        Assert.Equal(articleFiles, progress.Select(p => p.FilesDone).Distinct().Count());
        await using var db = archive.Open();
        Assert.Equal(articleFiles, await db.Articles.CountAsync(a => a.Url != null && a.Url.StartsWith("https://fr.wikinews.org/")));
        Assert.True(await db.Articles.AllAsync(a => a.SourcePath.StartsWith("seeds/wikinews-fr/2018/")));
        var page = await new ArchiveSearch(db).SearchAsync(new SearchRequest { Query = "président", Year = 2018 }, CancellationToken.None);
        Assert.True(page.Total > 0);
        Assert.Contains(page.Hits[0].Snippet, s => s.Highlighted);
    }

    /// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, so the list is complete when the import returns.</summary>
    private sealed class SynchronousProgress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
