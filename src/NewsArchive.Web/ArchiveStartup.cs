using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Importing;
using NewsArchive.Storage;

namespace NewsArchive.Web;

/// <summary>
/// Before the site serves: bring the schema up to date and, when the archive is empty, import the repository's
/// seeds (<c>Archive:SeedsPath</c>, else the first <c>seeds/</c> folder found near the content root or the current
/// directory), so a fresh <c>dotnet run</c> shows a real archive. <c>Archive:ImportSeedsWhenEmpty=false</c> turns that off.
/// </summary>
public static partial class ArchiveStartup
{
    public static async Task PrepareArchiveAsync(this WebApplication app, ArchiveLocation archive)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ArchiveStartup));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveDatabase.MigrateAsync(db, app.Lifetime.ApplicationStopping);
        LogArchive(logger, archive);
        if (!app.Configuration.GetValue("Archive:ImportSeedsWhenEmpty", true) || await db.Articles.AnyAsync(app.Lifetime.ApplicationStopping))
        {
            return;
        }

        var seeds = FindSeeds(app.Configuration["Archive:SeedsPath"], app.Environment.ContentRootPath);
        if (seeds is null || !Directory.Exists(seeds) && !File.Exists(seeds))
        {
            LogNoSeeds(logger);
            return;
        }

        LogSeeding(logger, seeds);
        var importer = new ArchiveImporter(
            scope.ServiceProvider.GetRequiredService<DbContextOptions<ArchiveDbContext>>(),
            app.Services.GetRequiredService<ILogger<ArchiveImporter>>(),
            ArticleAnalyzer.Default);
        var lastReport = 0;
        var progress = new Progress<ImportProgress>(p =>
        {
            // One line per 10% keeps the console readable on a thousand files.
            var tenth = p.FilesTotal == 0 ? 10 : p.FilesDone * 10 / p.FilesTotal;
            if (tenth > Interlocked.Exchange(ref lastReport, tenth))
            {
                LogProgress(logger, p.FilesDone, p.FilesTotal, p.New, p.Failed);
            }
        });
        var summary = await importer.ImportAsync([seeds], new ImportOptions { BaseDirectory = Path.GetDirectoryName(seeds) }, progress, app.Lifetime.ApplicationStopping);
        LogSeeded(logger, summary.New, summary.Failed, summary.Elapsed.TotalSeconds);
    }

    private static string? FindSeeds(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        return new[] { Path.Combine(contentRoot, "..", "..", "seeds"), Path.Combine(contentRoot, "seeds"), Path.Combine(Directory.GetCurrentDirectory(), "seeds") }
            .Select(Path.GetFullPath).FirstOrDefault(Directory.Exists);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive {Archive} is up to date")]
    private static partial void LogArchive(ILogger logger, ArchiveLocation archive);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The archive is empty and no seeds folder was found: set Archive:SeedsPath or import with the CLI")]
    private static partial void LogNoSeeds(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed import: {Done}/{Total} files, {New} new articles, {Failed} rejected")]
    private static partial void LogProgress(ILogger logger, int done, int total, int @new, int failed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed import done: {New} articles, {Failed} rejected, in {Seconds:0.0} s")]
    private static partial void LogSeeded(ILogger logger, int @new, int failed, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The archive is empty: importing the seeds in {Seeds}")]
    private static partial void LogSeeding(ILogger logger, string seeds);
}
