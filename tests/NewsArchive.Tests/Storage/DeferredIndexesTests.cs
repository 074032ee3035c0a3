using Microsoft.Data.Sqlite;
using NewsArchive.Importing;
using NewsArchive.Storage;
using NewsArchive.Tests.Importing;

namespace NewsArchive.Tests.Storage;

/// <summary>
/// A bulk load into an empty SQLite archive drops its scattered indexes and builds them at its end; one killed before
/// that leaves them for the next migration, which waits while another import holds them deferred.
/// </summary>
public sealed class DeferredIndexesTests
{
    [Fact]
    public async Task AnImportIntoAnEmptyArchiveEndsWithEveryIndexAndNothingDeferred()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        var before = await kit.Archive.SchemaAsync();
        kit.Write("a.txt", ImportTestKit.Article("Sommet", "Emmanuel Macron reçoit Angela Merkel. Sujet: politique"));
        kit.Write("b.txt", ImportTestKit.Article("Vote", "L'ONU vote. Sujet: monde"));

        var summary = await kit.ImportAsync();

        Assert.Equal(2, summary.New);
        Assert.Equal(before, await kit.Archive.SchemaAsync());
        Assert.Equal(0, await kit.Archive.ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name = 'DeferredIndexes'"));
        Assert.Equal(1, await kit.Archive.ScalarAsync("""SELECT count(*) FROM "Mentions" INDEXED BY "IX_Mentions_EntityId_Published_ArticleId" WHERE "EntityId" > 0 AND "Text" = 'Angela Merkel'"""));
    }

    [Fact]
    public async Task WhileAnImportFillsAnEmptyArchiveItsScatteredIndexesAreAway()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            kit.Write($"a{i}.txt", ImportTestKit.Article($"Titre {i}", "Angela Merkel parle."));
        }

        var all = await kit.Archive.SchemaAsync();
        List<string>? during = null;
        // Reported by the writer between files, synchronously: the archive as another reader sees it mid-import.
        var progress = new CallbackProgress(p =>
        {
            if (p.FilesDone == 1)
            {
                during = kit.Archive.SchemaAsync().GetAwaiter().GetResult();
            }
        });

        await new ArchiveImporter(kit.Archive.Options, kit.Logger, ImportTestKit.FindKnownNames)
            .ImportAsync([kit.Sources], new ImportOptions { BaseDirectory = kit.Archive.Folder, Workers = 1 }, progress, CancellationToken.None);

        Assert.NotNull(during);
        Assert.DoesNotContain("IX_Mentions_EntityId_Published_ArticleId", during);
        Assert.Contains("IX_Mentions_ArticleId_EntityId", during);
        Assert.Equal(all, await kit.Archive.SchemaAsync());
    }

    [Fact]
    public async Task OnlyScatteredIndexesAreDeferredAndAKilledLoadLeavesThemToTheNextMigration()
    {
        await using var archive = await TemporaryArchive.CreateAsync();
        var all = await archive.SchemaAsync();
        await using (var connection = await OpenAsync(archive))
        {
            // Disposed without RestoreAsync: as if the import had been killed.
            using var deferred = await DeferredIndexes.DeferAsync(connection, CancellationToken.None);
            Assert.NotNull(deferred);
        }

        var left = await archive.SchemaAsync();
        var dropped = all.Except(left).ToList();
        Assert.Contains("IX_Mentions_EntityId_Published_ArticleId", dropped);
        Assert.Contains("IX_ArticleTopics_TopicId_Published_ArticleId", dropped);
        Assert.Contains("IX_Articles_Published_Id_Language", dropped);
        // Unique ones check the writer's rows; those led by the article id grow at their end.
        Assert.Contains("IX_Entities_Kind_Key", left);
        Assert.Contains("IX_Articles_SourcePath_SourceItem", left);
        Assert.Contains("IX_Mentions_ArticleId_EntityId", left);
        Assert.Contains("IX_Articles_Id_Published_Language", left);
        Assert.Equal(dropped.Count, await archive.ScalarAsync("""SELECT count(*) FROM "DeferredIndexes" """));

        await MigrateAsync(archive);

        Assert.Equal(all, await archive.SchemaAsync());
        Assert.Equal(0, await archive.ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name = 'DeferredIndexes'"));
    }

    [Fact]
    public async Task AMigrationLeavesTheIndexesOfAnImportStillRunning()
    {
        await using var archive = await TemporaryArchive.CreateAsync();
        var all = await archive.SchemaAsync();
        await using var connection = await OpenAsync(archive);
        using var deferred = await DeferredIndexes.DeferAsync(connection, CancellationToken.None);
        Assert.NotNull(deferred);
        var whileLoading = await archive.SchemaAsync();

        // A site starting during the load does not build them under the importer.
        await MigrateAsync(archive);
        Assert.Equal(whileLoading, await archive.SchemaAsync());

        await deferred.RestoreAsync(CancellationToken.None);
        Assert.Equal(all, await archive.SchemaAsync());
        Assert.Equal(0, await archive.ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name = 'DeferredIndexes'"));
    }

    [Fact]
    public async Task AnArchiveWithArticlesKeepsItsIndexes()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        kit.Write("a.txt", ImportTestKit.Article("Sommet", "Emmanuel Macron reçoit Angela Merkel."));
        await kit.ImportAsync();
        var all = await kit.Archive.SchemaAsync();

        await using var connection = await OpenAsync(kit.Archive);
        using var deferred = await DeferredIndexes.DeferAsync(connection, CancellationToken.None);

        Assert.Null(deferred);
        Assert.Equal(all, await kit.Archive.SchemaAsync());
    }

    private static async Task<SqliteConnection> OpenAsync(TemporaryArchive archive)
    {
        var connection = new SqliteConnection(ArchiveDatabase.ConnectionString(archive.Path) + ";Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task MigrateAsync(TemporaryArchive archive)
    {
        await using var db = archive.Open();
        await ArchiveDatabase.MigrateAsync(db, CancellationToken.None);
    }
}
