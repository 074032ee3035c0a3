using Microsoft.EntityFrameworkCore;
using NewsArchive.Tests.Storage;

namespace NewsArchive.Tests.Reliability;

/// <summary>What must hold of an archive after anything: a sound file and no half-written article.</summary>
internal static class Invariants
{
    public static async Task AssertWholeAsync(TemporaryArchive archive)
    {
        await using var db = archive.Open();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", await command.ExecuteScalarAsync());
        Assert.Equal(0, await archive.ScalarAsync("""SELECT count(*) FROM "Articles" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleSearch" s WHERE s.rowid = a."Id")"""));
        Assert.Equal(0, await archive.ScalarAsync("""SELECT count(*) FROM "ArticleSearch" s WHERE NOT EXISTS (SELECT 1 FROM "Articles" a WHERE a."Id" = s.rowid)"""));
        Assert.Equal(0, await archive.ScalarAsync("""SELECT count(*) FROM "Mentions" m WHERE m."End" > (SELECT length(a."Body") FROM "Articles" a WHERE a."Id" = m."ArticleId")"""));
        Assert.Equal(0, await archive.ScalarAsync("PRAGMA foreign_key_check"));
    }
}
