using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsArchive.Storage;

namespace NewsArchive.Tests.Storage;

/// <summary>
/// A migrated archive for one test or fixture: a temporary SQLite file (deleted with its WAL files on dispose), or a
/// throw-away PostgreSQL database (dropped on dispose).
/// </summary>
internal sealed class TemporaryArchive : IAsyncDisposable
{
    private TemporaryArchive(string folder, ArchiveLocation location)
    {
        Folder = folder;
        Location = location;
        Options = ArchiveDatabase.Options(location);
    }

    public string Folder { get; }

    public ArchiveLocation Location { get; }

    public TestEngine Engine => Location.Provider == ArchiveProvider.Postgres ? TestEngine.Postgres : TestEngine.Sqlite;

    /// <summary>The SQLite file (for a PostgreSQL archive, its connection string).</summary>
    public string Path => Location.Target;

    public DbContextOptions<ArchiveDbContext> Options { get; }

    /// <summary>A new archive, migrated to the latest migration or only up to <paramref name="migration"/>.</summary>
    public static async Task<TemporaryArchive> CreateAsync(TestEngine engine = TestEngine.Sqlite, string? migration = null)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsarchive-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var location = engine == TestEngine.Postgres
            ? new ArchiveLocation(ArchiveProvider.Postgres, await PostgresServer.CreateDatabaseAsync())
            : new ArchiveLocation(ArchiveProvider.Sqlite, System.IO.Path.Combine(folder, "archive.db"));
        var archive = new TemporaryArchive(folder, location);
        await using var db = archive.Open();
        if (migration is null)
        {
            await ArchiveDatabase.MigrateAsync(db, CancellationToken.None);
        }
        else
        {
            await db.GetService<IMigrator>().MigrateAsync(migration);
        }

        return archive;
    }

    public ArchiveDbContext Open() => new(Options);

    /// <summary>Runs a scalar query on a fresh connection (for row counts and pragmas).</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using var db = Open();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The names of a SQLite archive's tables and indexes, sorted.</summary>
    public async Task<List<string>> SchemaAsync()
    {
        await using var db = Open();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('index', 'table') ORDER BY name";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public async ValueTask DisposeAsync()
    {
        if (Engine == TestEngine.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(Location.Target);
        }
        else
        {
            SqliteConnection.ClearPool(new SqliteConnection(ArchiveDatabase.ConnectionString(Path)));
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere stays in the temp folder; it must not fail the test.
        }
    }
}
