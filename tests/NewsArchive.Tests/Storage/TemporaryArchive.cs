using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Storage;

namespace NewsArchive.Tests.Storage;

/// <summary>A migrated archive in a temporary SQLite file, deleted (with its WAL files) on dispose.</summary>
internal sealed class TemporaryArchive : IAsyncDisposable
{
    private TemporaryArchive(string folder)
    {
        Folder = folder;
        Path = System.IO.Path.Combine(folder, "archive.db");
        Options = ArchiveDatabase.Options(Path);
    }

    public string Folder { get; }

    public string Path { get; }

    public DbContextOptions<ArchiveDbContext> Options { get; }

    public static async Task<TemporaryArchive> CreateAsync()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsarchive-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var archive = new TemporaryArchive(folder);
        await using var db = archive.Open();
        await ArchiveDatabase.MigrateAsync(db, CancellationToken.None);
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

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(ArchiveDatabase.ConnectionString(Path)));
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere stays in the temp folder; it must not fail the test.
        }

        return ValueTask.CompletedTask;
    }
}
