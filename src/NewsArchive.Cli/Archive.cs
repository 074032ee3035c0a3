using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Storage;

namespace NewsArchive.Cli;

/// <summary>The <c>--db</c> and <c>--provider</c> options and opening the archive they name, resolved like the web app does.</summary>
internal static class Archive
{
    public static Option<string?> DatabaseOption() => new("--db")
    {
        Description = $"The archive: a SQLite file, or with --provider postgres (or a postgres: prefix) a PostgreSQL connection string (else ${ArchiveDatabase.EnvironmentVariable}, else {ArchiveDatabase.DefaultPath}).",
        HelpName = "FILE|CONNECTION",
    };

    public static Option<string?> ProviderOption() => new("--provider")
    {
        Description = $"The archive's engine: sqlite (default) or postgres (else ${ArchiveDatabase.ProviderEnvironmentVariable}).",
        HelpName = "sqlite|postgres",
    };

    /// <summary>The archive named by the options, the environment, or the default file.</summary>
    public static ArchiveLocation Location(string? db, string? provider)
    {
        try
        {
            return ArchiveDatabase.Resolve(
                provider ?? Environment.GetEnvironmentVariable(ArchiveDatabase.ProviderEnvironmentVariable),
                db,
                Environment.GetEnvironmentVariable(ArchiveDatabase.EnvironmentVariable),
                null,
                Directory.GetCurrentDirectory());
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }

    /// <summary>Opens (creating or migrating) the archive.</summary>
    public static async Task<DbContextOptions<ArchiveDbContext>> OpenAsync(ArchiveLocation archive, CancellationToken ct)
    {
        var options = ArchiveDatabase.Options(archive);
        await using var context = new ArchiveDbContext(options);
        await ArchiveDatabase.MigrateAsync(context, ct);
        return options;
    }
}

/// <summary>A command line that cannot be carried out as given: its message is for the user; the exit code is 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
