using Microsoft.Data.Sqlite;
using NewsArchive.Storage;
using NewsArchive.Tests.Storage;

namespace NewsArchive.Tests.Reliability;

/// <summary>
/// The reliability tests check an archive on a connection of their own (<see cref="Invariants.IntegrityCheckAsync"/>):
/// FTS5 keeps its index structure cached on a connection between statements, and while the search table held a copy of
/// the text, <c>PRAGMA integrity_check</c> on a pooled connection that had checked once, before an import, reported
/// <c>fts5: checksum mismatch</c> for a sound file. The table keeps no text now (migration ContentlessSearch), and such a
/// connection finds it sound too.
/// </summary>
public sealed class IntegrityCheckTests
{
    [Fact]
    public async Task AReusedConnectionAndAFreshOneBothFindTheSearchIndexSoundAfterAnotherWriter()
    {
        await using var archive = await TemporaryArchive.CreateAsync();
        await WriteSearchRowsAsync(archive.Path, 1, 20);

        // Pooled and kept open like the crash test's connection was: it checks, another connection writes, it checks again.
        await using var reused = new SqliteConnection(ArchiveDatabase.ConnectionString(archive.Path));
        await reused.OpenAsync();
        Assert.Equal("ok", await ScalarAsync(reused, "PRAGMA integrity_check"));
        await WriteSearchRowsAsync(archive.Path, 21, 40);

        Assert.Equal("ok", await ScalarAsync(reused, "PRAGMA integrity_check"));
        Assert.Equal("ok", await Invariants.IntegrityCheckAsync(archive.Path));
    }

    private static async Task WriteSearchRowsAsync(string path, int first, int last)
    {
        await using var writer = new SqliteConnection(new SqliteConnectionStringBuilder(ArchiveDatabase.ConnectionString(path)) { Pooling = false }.ToString());
        await writer.OpenAsync();
        await using var transaction = await writer.BeginTransactionAsync();
        for (var id = first; id <= last; id++)
        {
            await using var command = writer.CreateCommand();
            command.CommandText = ArchiveEngine.Sqlite.InsertSearchRowSql;
            ArticleSearchIndex.Row.Of(ArchiveEngine.Sqlite, $"Titre {id}", $"Le conseil municipal a voté le budget numéro {id} lundi.", "fr").Bind(command, id);
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
