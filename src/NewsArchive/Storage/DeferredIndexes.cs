using Microsoft.Data.Sqlite;

namespace NewsArchive.Storage;

/// <summary>
/// Bulk loads into an empty SQLite archive build their scattered indexes once, at the end. A mention's
/// (entity, date, article) entry, an article's date, an entity's count land all over their index, so each batch
/// dirtied pages across the whole of it and wrote them to the WAL again: at 100,000 articles half the bytes the import
/// wrote. Sorting the finished table into the index is one pass. Only non-unique indexes not led by an article id are
/// deferred: the unique ones check the writer's rows and serve its look-ups, and those led by the article id grow at
/// their end anyway.
/// <para>
/// The dropped indexes' SQL is kept in the archive (<c>DeferredIndexes</c>) in the transaction that drops them, so an
/// import killed before its end leaves the archive able to restore them: the next migration does. An OS file lock
/// (<c>FILE.bulk-lock</c>) marks the import under way, so a site starting meanwhile does not build them under it.
/// </para>
/// </summary>
internal sealed class DeferredIndexes : IDisposable
{
    private const string Table = "DeferredIndexes";

    // Indexes written in CREATE INDEX (not constraints), not unique, whose first column is not an article id.
    private const string ScatteredSql = """
        SELECT m."name", m."sql" FROM sqlite_master AS m
        WHERE m."type" = 'index' AND m."sql" IS NOT NULL AND m."tbl_name" NOT LIKE 'sqlite%'
          AND NOT EXISTS (SELECT 1 FROM pragma_index_list(m."tbl_name") AS l WHERE l."name" = m."name" AND l."unique")
          AND (SELECT i."name" FROM pragma_index_info(m."name") AS i WHERE i."seqno" = 0) NOT IN ('Id', 'ArticleId')
        ORDER BY m."name"
        """;

    private readonly SqliteConnection connection;
    private readonly FileStream? bulkLock;

    private DeferredIndexes(SqliteConnection connection, FileStream? bulkLock)
    {
        this.connection = connection;
        this.bulkLock = bulkLock;
    }

    /// <summary>
    /// Drops the scattered indexes when the archive holds no article yet and no other import is deferring; null when
    /// nothing was deferred. Dispose the result after <see cref="RestoreAsync"/>.
    /// </summary>
    public static async Task<DeferredIndexes?> DeferAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!TryLock(connection, out var bulkLock))
        {
            return null;
        }

        try
        {
            if (await ScalarAsync(connection, null, """SELECT EXISTS (SELECT 1 FROM "Articles")""", cancellationToken).ConfigureAwait(false) is 1L)
            {
                bulkLock?.Dispose();
                return null;
            }

            var scattered = await NamesAndSqlAsync(connection, ScatteredSql, cancellationToken).ConfigureAwait(false);

            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecAsync(connection, transaction, $"""CREATE TABLE IF NOT EXISTS "{Table}" ("Name" TEXT PRIMARY KEY, "Sql" TEXT NOT NULL)""", cancellationToken).ConfigureAwait(false);
            foreach (var (name, sql) in scattered)
            {
                await ExecAsync(connection, transaction, $"""INSERT OR REPLACE INTO "{Table}" ("Name", "Sql") VALUES (@name, @sql)""", cancellationToken, ("@name", name), ("@sql", sql)).ConfigureAwait(false);
                await ExecAsync(connection, transaction, $"""DROP INDEX "{name.Replace("\"", "\"\"", StringComparison.Ordinal)}" """, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new DeferredIndexes(connection, bulkLock);
        }
        catch
        {
            bulkLock?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Builds the indexes an earlier bulk load deferred and did not restore (it was killed), unless an import is
    /// deferring them right now. Runs before the migrations, so it restores them as that schema had them.
    /// </summary>
    public static async Task RestoreLeftAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (await ScalarAsync(connection, null, $"""SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE "type" = 'table' AND "name" = '{Table}')""", cancellationToken).ConfigureAwait(false) is not 1L
            || !TryLock(connection, out var bulkLock))
        {
            return;
        }

        using (bulkLock)
        {
            await BuildAsync(connection, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Builds the deferred indexes (each sorted in one pass) on the connection that deferred them, and forgets them.</summary>
    public Task RestoreAsync(CancellationToken cancellationToken) => BuildAsync(connection, cancellationToken);

    public void Dispose() => bulkLock?.Dispose();

    private static async Task BuildAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var deferred = await NamesAndSqlAsync(connection, $"""SELECT "Name", "Sql" FROM "{Table}" ORDER BY "Name" """, cancellationToken).ConfigureAwait(false);

        // Each index is sorted in 16 MB runs spilled to temporary files: with the writer's 64 MB cache and in-memory
        // temporary storage the sort held the whole index in memory (218 against 39 MB at 100,000 articles, and slower).
        var cacheSize = await ScalarAsync(connection, null, "PRAGMA cache_size", cancellationToken).ConfigureAwait(false);
        var tempStore = await ScalarAsync(connection, null, "PRAGMA temp_store", cancellationToken).ConfigureAwait(false);
        await ExecAsync(connection, null, "PRAGMA cache_size = -16384; PRAGMA temp_store = FILE;", cancellationToken).ConfigureAwait(false);
        try
        {
            await BuildInTransactionAsync(connection, deferred, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ExecAsync(connection, null, FormattableString.Invariant($"PRAGMA cache_size = {cacheSize}; PRAGMA temp_store = {tempStore};"), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task BuildInTransactionAsync(SqliteConnection connection, List<(string Name, string Sql)> deferred, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (name, sql) in deferred)
        {
            // Another bulk load may have restored it already.
            var exists = await ScalarAsync(connection, transaction, """SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE "type" = 'index' AND "name" = @name)""", cancellationToken, ("@name", name)).ConfigureAwait(false);
            if (exists is not 1L)
            {
                await ExecAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
            }
        }

        await ExecAsync(connection, transaction, $"""DROP TABLE "{Table}" """, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes the archive's bulk-load lock without waiting; true with a null lock for an in-memory archive.</summary>
    private static bool TryLock(SqliteConnection connection, out FileStream? bulkLock)
    {
        bulkLock = null;
        if (ArchiveDatabase.LockFilePath(connection.ConnectionString, ".bulk-lock") is not { } path)
        {
            return true;
        }

        try
        {
            bulkLock = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Held by another import, or a folder this process may not create files in: nothing is deferred.
            return false;
        }
    }

    /// <summary>The (index name, its CREATE INDEX) rows <paramref name="sql"/> reads.</summary>
    private static async Task<List<(string Name, string Sql)>> NamesAndSqlAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        var rows = new List<(string Name, string Sql)>();
        await using var command = Command(connection, null, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    // A command in the connection's open transaction must name it (Microsoft.Data.Sqlite checks).
    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static async Task ExecAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
