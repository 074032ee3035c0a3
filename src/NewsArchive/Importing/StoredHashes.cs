using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Storage;

namespace NewsArchive.Importing;

/// <summary>
/// A worker's read-only view of the stored content hashes, so unchanged articles skip analysis. Read-only: a dry
/// run never creates or changes the archive, and a missing archive simply knows no hashes.
/// </summary>
internal sealed class StoredHashes : IAsyncDisposable
{
    private readonly DbConnection? connection;
    private readonly DbCommand? command;
    private string? cachedPath;
    private Dictionary<int, string> cached = [];

    private StoredHashes(DbConnection? connection)
    {
        this.connection = connection;
        if (connection is not null)
        {
            command = connection.CreateCommand();
            command.CommandText = """SELECT "SourceItem", "ContentHash" FROM "Articles" WHERE "SourcePath" = @path""";
            ArticleSearchIndex.SetParameter(command, "@path", "");
        }
    }

    public static async Task<StoredHashes> OpenAsync(DbContextOptions<ArchiveDbContext> options, CancellationToken cancellationToken)
    {
        string? connectionString;
        ArchiveEngine engine;
        using (var db = new ArchiveDbContext(options))
        {
            connectionString = db.Database.GetConnectionString();
            engine = ArchiveEngine.Of(db.Database);
        }

        return connectionString is null
            ? new StoredHashes(null)
            : new StoredHashes(await engine.OpenReadOnlyAsync(connectionString, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The stored hash of (path, item), or null when the archive has no such article (or no archive).</summary>
    public async Task<string?> HashAsync(string sourcePath, int item, CancellationToken cancellationToken)
    {
        if (command is null)
        {
            return null;
        }

        if (cachedPath != sourcePath)
        {
            cached = [];
            cachedPath = sourcePath;
            command.Parameters[0].Value = sourcePath;
            try
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    cached[reader.GetInt32(0)] = reader.GetString(1);
                }
            }
            catch (DbException)
            {
                // An archive without the schema yet: nothing is stored.
            }
        }

        return cached.GetValueOrDefault(item);
    }

    public async ValueTask DisposeAsync()
    {
        if (command is not null)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
