using Microsoft.Data.Sqlite;
using NewsArchive.Storage;
using NewsArchive.Tests.Storage;

namespace NewsArchive.Tests.Reliability;

/// <summary>What must hold of an archive after anything: a sound file and no half-written article.</summary>
internal static class Invariants
{
    /// <summary>
    /// <c>PRAGMA integrity_check</c> on a connection of its own, never pooled: a reused connection may hold the FTS5 index
    /// structure cached from before another connection wrote. While the search table held its text, that made it report
    /// a checksum mismatch for a sound file (see <see cref="IntegrityCheckTests"/>).
    /// </summary>
    public static async Task<string?> IntegrityCheckAsync(string path)
    {
        var unpooled = new SqliteConnectionStringBuilder(ArchiveDatabase.ConnectionString(path)) { Pooling = false };
        await using var connection = new SqliteConnection(unpooled.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string?)await command.ExecuteScalarAsync();
    }

    public static async Task AssertWholeAsync(TemporaryArchive archive)
    {
        Assert.Equal("ok", await IntegrityCheckAsync(archive.Path));
        Assert.Equal(0, await archive.ScalarAsync("""SELECT count(*) FROM "Articles" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleSearch" s WHERE s.rowid = a."Id")"""));
        Assert.Equal(0, await archive.ScalarAsync("""SELECT count(*) FROM "ArticleSearch" s WHERE NOT EXISTS (SELECT 1 FROM "Articles" a WHERE a."Id" = s.rowid)"""));
        Assert.Equal(0, await archive.ScalarAsync("""SELECT count(*) FROM "Mentions" m WHERE m."End" > (SELECT length(a."Body") FROM "Articles" a WHERE a."Id" = m."ArticleId")"""));
        Assert.Equal(0, await archive.ScalarAsync("PRAGMA foreign_key_check"));
    }
}
