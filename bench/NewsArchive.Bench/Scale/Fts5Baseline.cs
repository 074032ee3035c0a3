using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Bench.Scale;

/// <summary>What the bare FTS5 insert of the archive's texts cost.</summary>
internal sealed record BaselineResult(int Rows, long Bytes, TimeSpan Insert, TimeSpan Cpu, long FileBytes);

/// <summary>
/// The floor for storing: the same titles and bodies the importer stored, bulk-inserted with raw SQL into a bare FTS5
/// table (same tokenizer) in a new file, in one transaction with one prepared statement. Only the inserts and the
/// commit are timed, not reading the texts back from the archive.
/// </summary>
internal static class Fts5Baseline
{
    public static BaselineResult Run(string archivePath, string baselinePath)
    {
        foreach (var file in new[] { baselinePath, baselinePath + "-wal", baselinePath + "-shm", baselinePath + "-journal" })
        {
            File.Delete(file);
        }

        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = archivePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = baselinePath }.ToString());
        source.Open();
        target.Open();
        using (var create = target.CreateCommand())
        {
            create.CommandText = """CREATE VIRTUAL TABLE "Bare" USING fts5("Title", "Body", tokenize = 'unicode61 remove_diacritics 2')""";
            create.ExecuteNonQuery();
        }

        using var read = source.CreateCommand();
        read.CommandText = """SELECT "Id", "Title", "Body" FROM "Articles" ORDER BY "Id" """;
        var clock = new Stopwatch();
        var cpu = TimeSpan.Zero;
        using var self = Process.GetCurrentProcess();
        var rows = 0;
        long bytes = 0;
        using (var transaction = target.BeginTransaction())
        using (var insert = target.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """INSERT INTO "Bare" (rowid, "Title", "Body") VALUES (@id, @title, @body)""";
            var id = insert.Parameters.Add("@id", SqliteType.Integer);
            var title = insert.Parameters.Add("@title", SqliteType.Text);
            var body = insert.Parameters.Add("@body", SqliteType.Text);
            insert.Prepare();
            using var reader = read.ExecuteReader();
            // Processor time of the whole loop, reading included: reading back is cheap beside indexing.
            self.Refresh();
            var cpuStart = self.TotalProcessorTime;
            while (reader.Read())
            {
                id.Value = reader.GetInt64(0);
                title.Value = reader.GetString(1);
                var text = reader.GetString(2);
                body.Value = text;
                bytes += System.Text.Encoding.UTF8.GetByteCount(text);
                clock.Start();
                insert.ExecuteNonQuery();
                clock.Stop();
                rows++;
            }

            clock.Start();
            transaction.Commit();
            clock.Stop();
            self.Refresh();
            cpu = self.TotalProcessorTime - cpuStart;
        }

        target.Close();
        SqliteConnection.ClearAllPools();
        return new BaselineResult(rows, bytes, clock.Elapsed, cpu, new FileInfo(baselinePath).Length);
    }
}
