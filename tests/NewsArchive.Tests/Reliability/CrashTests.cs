using Microsoft.Data.Sqlite;
using NewsArchive.Storage;

namespace NewsArchive.Tests.Reliability;

/// <summary>
/// Kills the real importer (SIGKILL) at random points, many times: after each kill the archive is sound and every
/// stored article is whole; a final run ends with exactly the counts of an uninterrupted import.
/// </summary>
/// <remarks>
/// Each check runs on a fresh, unpooled connection (<see cref="Invariants.IntegrityCheckAsync"/>): a pooled one that
/// checked before the next import holds a stale FTS5 structure and reports a checksum mismatch for a sound file.
/// </remarks>
public sealed class CrashTests : IDisposable
{
    private const int Kills = 8;
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("newsarchive-crash-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task KilledImportsLoseNothingAndARerunEndsWithTheUninterruptedCounts()
    {
        var sources = Path.Combine(folder.FullName, "in");
        foreach (var file in Directory.GetFiles(RepoRoot.File("seeds", "wikinews-fr", "2017"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(240))
        {
            var target = Path.Combine(sources, Path.GetRelativePath(RepoRoot.File("seeds", "wikinews-fr"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var reference = Path.Combine(folder.FullName, "reference.db");
        Assert.Equal(0, (await Cli.Cli.RunAsync(folder.FullName, "import", "in", "--db", reference)).ExitCode);
        var expected = await PerArticleAsync(reference);
        await AssertSoundAsync(reference, expected);

        var crashed = Path.Combine(folder.FullName, "crashed.db");
        var random = new Random(20261201);
        var killedMidway = 0;
        for (var i = 0; i < Kills; i++)
        {
            if (await ImportAndKillAsync(crashed, TimeSpan.FromMilliseconds(random.Next(400, 4000))))
            {
                killedMidway++;
            }

            await AssertSoundAsync(crashed, expected);
        }

        Assert.Equal(0, (await Cli.Cli.RunAsync(folder.FullName, "import", "in", "--db", crashed)).ExitCode);
        Assert.True(killedMidway > 0, "no import was killed before it ended: the delays are too long for this machine");
        Assert.Equal(expected, await PerArticleAsync(crashed));
        Assert.Equal(await TotalsAsync(reference), await TotalsAsync(crashed));
        // A kill during the first, bulk load left its deferred indexes to a later run, which built them.
        Assert.Equal(await IndexesAsync(reference), await IndexesAsync(crashed));
    }

    /// <summary>Starts an import and SIGKILLs it after <paramref name="delay"/>; true when it was still running.</summary>
    private async Task<bool> ImportAndKillAsync(string db, TimeSpan delay)
    {
        using var process = Cli.Cli.Start(folder.FullName, "import", "in", "--db", db);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await Task.Delay(delay);
        var running = !process.HasExited;
        if (running)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        await Task.WhenAll(output, error);
        return running;
    }

    private static async Task AssertSoundAsync(string db, Dictionary<string, (long Mentions, long Quotes, long Topics)> expected)
    {
        if (!File.Exists(db))
        {
            return;
        }

        Assert.Equal("ok", await Invariants.IntegrityCheckAsync(db));
        await using var connection = new SqliteConnection(ArchiveDatabase.ConnectionString(db));
        await connection.OpenAsync();
        if (await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'Articles'") is 0L)
        {
            return;
        }

        Assert.Equal(0L, await ScalarAsync(connection, """SELECT count(*) FROM "Articles" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleSearch" s WHERE s.rowid = a."Id")"""));
        foreach (var (source, counts) in await PerArticleAsync(db))
        {
            // Every article stored so far is whole: the same mentions, quotes and topics as in the uninterrupted import.
            Assert.Equal(expected[source], counts);
        }
    }

    private static async Task<Dictionary<string, (long Mentions, long Quotes, long Topics)>> PerArticleAsync(string db)
    {
        await using var connection = new SqliteConnection(ArchiveDatabase.ConnectionString(db));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a."SourcePath",
                   (SELECT count(*) FROM "Mentions" m WHERE m."ArticleId" = a."Id"),
                   (SELECT count(*) FROM "Quotes" q WHERE q."ArticleId" = a."Id"),
                   (SELECT count(*) FROM "ArticleTopics" t WHERE t."ArticleId" = a."Id")
            FROM "Articles" a
            """;
        var result = new Dictionary<string, (long, long, long)>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }

        return result;
    }

    private static async Task<(long, long, long, long, long)> TotalsAsync(string db)
    {
        await using var connection = new SqliteConnection(ArchiveDatabase.ConnectionString(db));
        await connection.OpenAsync();
        return (
            (long)(await ScalarAsync(connection, """SELECT count(*) FROM "Articles" """))!,
            (long)(await ScalarAsync(connection, """SELECT count(*) FROM "Entities" """))!,
            (long)(await ScalarAsync(connection, """SELECT sum("MentionCount") FROM "Entities" """))!,
            (long)(await ScalarAsync(connection, """SELECT count(*) FROM "Topics" """))!,
            (long)(await ScalarAsync(connection, """SELECT count(*) FROM "ArticleSearch" """))!);
    }

    private static async Task<string> IndexesAsync(string db)
    {
        await using var connection = new SqliteConnection(ArchiveDatabase.ConnectionString(db));
        await connection.OpenAsync();
        return (string)(await ScalarAsync(connection, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type IN ('index', 'table') ORDER BY name)"))!;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
