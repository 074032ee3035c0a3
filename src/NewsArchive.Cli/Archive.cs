using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Storage;

namespace NewsArchive.Cli;

/// <summary>The <c>--db</c> option and opening the archive it names, resolved like the web app does.</summary>
internal static class Archive
{
    public static Option<string?> DatabaseOption() => new("--db")
    {
        Description = $"The archive's SQLite file (else ${ArchiveDatabase.EnvironmentVariable}, else {ArchiveDatabase.DefaultPath}).",
        HelpName = "FILE",
    };

    public static DbContextOptions<ArchiveDbContext> Options(string? db) =>
        ArchiveDatabase.Options(ArchiveDatabase.ResolvePath(
            db, Environment.GetEnvironmentVariable(ArchiveDatabase.EnvironmentVariable), null, Directory.GetCurrentDirectory()));

    /// <summary>Opens (creating or migrating) the archive.</summary>
    public static async Task<DbContextOptions<ArchiveDbContext>> OpenAsync(string? db, CancellationToken ct)
    {
        var options = Options(db);
        await using var context = new ArchiveDbContext(options);
        await ArchiveDatabase.MigrateAsync(context, ct);
        return options;
    }
}
