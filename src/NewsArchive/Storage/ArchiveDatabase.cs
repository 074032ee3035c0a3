using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Storage;

/// <summary>Where the archive lives and how to open it: shared by the CLI, the web app and the tests.</summary>
public static class ArchiveDatabase
{
    /// <summary>The environment variable naming the archive file (or a connection string).</summary>
    public const string EnvironmentVariable = "NEWSARCHIVE_DB";

    /// <summary>The configuration key of the connection string (<c>ConnectionStrings:Archive</c>).</summary>
    public const string ConnectionStringName = "Archive";

    /// <summary>The environment variable naming the engine (<c>sqlite</c>, the default, or <c>postgres</c>).</summary>
    public const string ProviderEnvironmentVariable = "NEWSARCHIVE_PROVIDER";

    /// <summary>The configuration key naming the engine (<c>Archive:Provider</c>).</summary>
    public const string ProviderConfigurationKey = "Archive:Provider";

    /// <summary>The assembly holding the PostgreSQL migrations (each engine has its own).</summary>
    public const string PostgresMigrationsAssembly = "NewsArchive.Postgres";

    /// <summary>The default archive file, relative to the current directory.</summary>
    public static readonly string DefaultPath = Path.Combine("data", "newsarchive.db");

    private static readonly ArchiveConnectionInterceptor Interceptor = new();

    /// <summary>
    /// The archive to open. The value is <paramref name="explicitValue"/> (<c>--db</c>), else the <c>NEWSARCHIVE_DB</c>
    /// value, else the configured connection string, else <c>data/newsarchive.db</c>; a <c>sqlite:</c> or
    /// <c>postgres:</c> prefix names its engine, else <paramref name="provider"/> does (<c>--provider</c>,
    /// <c>NEWSARCHIVE_PROVIDER</c>, <c>Archive:Provider</c>), else SQLite. A SQLite path comes back absolute, its
    /// folder created. Throws <see cref="ArgumentException"/> with a message for people on an unknown engine, a
    /// PostgreSQL archive without a connection string, or an engine that contradicts the value's prefix.
    /// </summary>
    public static ArchiveLocation Resolve(string? provider, string? explicitValue, string? environmentValue, string? configuredConnectionString, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(currentDirectory);
        ArchiveProvider? named = null;
        if (!string.IsNullOrWhiteSpace(provider))
        {
            named = ArchiveLocation.TryParseProvider(provider, out var p)
                ? p
                : throw new ArgumentException($"Unknown archive provider '{provider.Trim()}': use sqlite or postgres.", nameof(provider));
        }

        var chosen = new[] { explicitValue, environmentValue, configuredConnectionString }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        if (chosen is null)
        {
            return named == ArchiveProvider.Postgres
                ? throw new ArgumentException(
                    $"A PostgreSQL archive needs a connection string: --db, ${EnvironmentVariable} or ConnectionStrings:{ConnectionStringName}.", nameof(explicitValue))
                : new ArchiveLocation(ArchiveProvider.Sqlite, ResolvePath(null, null, null, currentDirectory));
        }

        var location = ArchiveLocation.Parse(chosen, named ?? ArchiveProvider.Sqlite);
        if (named is { } n && n != location.Provider)
        {
            throw new ArgumentException($"The archive '{location}' is not a {n} archive.", nameof(provider));
        }

        return location.Provider == ArchiveProvider.Sqlite
            ? location with { Target = ResolvePath(location.Target, null, null, currentDirectory) }
            : location;
    }

    /// <summary>
    /// The SQLite archive to open: <paramref name="explicitPath"/> (<c>--db FILE</c>), else the <c>NEWSARCHIVE_DB</c> value, else the
    /// configured connection string, else <c>data/newsarchive.db</c> under <paramref name="currentDirectory"/>.
    /// A file path comes back absolute and its folder is created; a connection string comes back as given.
    /// </summary>
    public static string ResolvePath(string? explicitPath, string? environmentValue, string? configuredConnectionString, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(currentDirectory);
        var chosen = new[] { explicitPath, environmentValue, configuredConnectionString }
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? DefaultPath;
        if (IsConnectionString(chosen))
        {
            return chosen;
        }

        var full = Path.GetFullPath(chosen, currentDirectory);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return full;
    }

    /// <summary>The connection string for a file path or a connection string: foreign keys on, a 10 s busy timeout.</summary>
    public static string ConnectionString(string pathOrConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrConnectionString);
        var builder = IsConnectionString(pathOrConnectionString)
            ? new SqliteConnectionStringBuilder(pathOrConnectionString)
            : new SqliteConnectionStringBuilder { DataSource = pathOrConnectionString };
        builder.ForeignKeys = true;
        if (builder.DefaultTimeout == new SqliteConnectionStringBuilder().DefaultTimeout)
        {
            // Microsoft.Data.Sqlite retries a busy database until this many seconds have passed.
            builder.DefaultTimeout = ArchiveConnectionInterceptor.BusyTimeoutSeconds;
        }

        return builder.ToString();
    }

    /// <summary>Options for an <see cref="ArchiveDbContext"/> over the SQLite archive at <paramref name="pathOrConnectionString"/>.</summary>
    public static DbContextOptions<ArchiveDbContext> Options(string pathOrConnectionString) =>
        Options(new ArchiveLocation(ArchiveProvider.Sqlite, pathOrConnectionString));

    /// <summary>Options for an <see cref="ArchiveDbContext"/> over the archive at <paramref name="location"/>.</summary>
    public static DbContextOptions<ArchiveDbContext> Options(ArchiveLocation location)
    {
        var builder = new DbContextOptionsBuilder<ArchiveDbContext>();
        Configure(builder, location);
        return builder.Options;
    }

    /// <summary>
    /// Configures <paramref name="builder"/> like <see cref="Options(string)"/>, for dependency injection:
    /// <c>services.AddDbContext&lt;ArchiveDbContext&gt;(o =&gt; ArchiveDatabase.Configure(o, path))</c>.
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string pathOrConnectionString) =>
        Configure(builder, new ArchiveLocation(ArchiveProvider.Sqlite, pathOrConnectionString));

    /// <summary>Configures <paramref name="builder"/> for the archive at <paramref name="location"/>, on its engine.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, ArchiveLocation location)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(location);
        return location.Provider switch
        {
            ArchiveProvider.Postgres => SqliteNullOrdering(builder.UseNpgsql(location.Target, o => o.MigrationsAssembly(PostgresMigrationsAssembly))),
            _ => builder.UseSqlite(ConnectionString(location.Target)).AddInterceptors(Interceptor),
        };
    }

    /// <summary>
    /// Makes PostgreSQL order NULLs as SQLite does (first ascending, last descending), so the newest-first lists put
    /// undated articles last on both engines. Npgsql 10 no longer exposes its option for it, but its SQL generator
    /// still takes the flag.
    /// </summary>
    private static DbContextOptionsBuilder SqliteNullOrdering(DbContextOptionsBuilder builder) =>
        builder.ReplaceService<Microsoft.EntityFrameworkCore.Query.IQuerySqlGeneratorFactory, SqliteNullOrderingSqlGeneratorFactory>();

    /// <summary>Creates or upgrades the schema (EF Core migrations; a SQLite file is switched to WAL journaling).</summary>
    public static async Task MigrateAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            // Only when something is pending: migrating takes a lock and writes, which a read replica (hot standby)
            // refuses, and site instances on a replica only read. PostgreSQL holds EF Core's migration lock in the
            // session, so a killed migrator releases it.
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        // EF Core keeps migrators apart with a row in __EFMigrationsLock that only an orderly end deletes: a process
        // killed while migrating leaves it, and every later migration waits for it forever. Our migrators hold a lock
        // file instead, which the OS releases when its holder dies; whoever holds it knows such a row is stale.
        using var migrating = await LockMigrationsAsync(db, cancellationToken).ConfigureAwait(false);
        // WAL first: readers (the web app) keep reading while an import writes. The mode is stored in the file.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync("""DROP TABLE IF EXISTS "__EFMigrationsLock";""", cancellationToken).ConfigureAwait(false);
            // An import killed during a bulk load left indexes to build: as this schema version has them, before upgrading.
            await DeferredIndexes.RestoreLeftAsync((SqliteConnection)db.Database.GetDbConnection(), cancellationToken).ConfigureAwait(false);
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Where a lock file of the archive <paramref name="connectionString"/> opens sits: beside the file, its name
    /// followed by <paramref name="suffix"/>. Null for an in-memory archive, which no other process can open.
    /// </summary>
    internal static string? LockFilePath(string connectionString, string suffix)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource) + suffix;
    }

    /// <summary>Waits for the archive's migration lock file (<c>FILE.migrate-lock</c>); null for an in-memory archive.</summary>
    private static async Task<FileStream?> LockMigrationsAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        if (LockFilePath(db.Database.GetConnectionString()!, ".migrate-lock") is not { } path)
        {
            return null;
        }

        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (!cancellationToken.IsCancellationRequested)
            {
                // Another process is migrating this archive right now.
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsConnectionString(string value)
    {
        if (!value.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return !string.IsNullOrEmpty(new SqliteConnectionStringBuilder(value).DataSource);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
