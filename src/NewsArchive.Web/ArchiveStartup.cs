using Microsoft.EntityFrameworkCore;
using NewsArchive.Storage;

namespace NewsArchive.Web;

/// <summary>
/// Before the site serves: bring the schema up to date and, when the archive is empty, import the repository's
/// seeds (<c>Archive:SeedsPath</c>, else the first <c>seeds/</c> folder found near the content root or the current
/// directory), so a fresh <c>dotnet run</c> shows a real archive.
/// </summary>
public static partial class ArchiveStartup
{
    public static async Task PrepareArchiveAsync(this WebApplication app, string archive)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ArchiveStartup));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveDatabase.MigrateAsync(db, app.Lifetime.ApplicationStopping);
        LogArchive(logger, archive);
        if (await db.Articles.AnyAsync(app.Lifetime.ApplicationStopping))
        {
            return;
        }

        var seeds = FindSeeds(app.Configuration["Archive:SeedsPath"], app.Environment.ContentRootPath);
        if (seeds is null)
        {
            LogNoSeeds(logger);
            return;
        }

        LogSeeding(logger, seeds);
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
    private static partial void LogArchive(ILogger logger, string archive);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The archive is empty and no seeds folder was found: set Archive:SeedsPath or import with the CLI")]
    private static partial void LogNoSeeds(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "The archive is empty: importing the seeds in {Seeds}")]
    private static partial void LogSeeding(ILogger logger, string seeds);
}
