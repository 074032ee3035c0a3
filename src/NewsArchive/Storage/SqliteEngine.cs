using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace NewsArchive.Storage;

/// <summary>
/// The embedded engine: a contentless FTS5 table (<c>unicode61 remove_diacritics 2</c>) over the title and body as
/// written and over their Snowball stems, computed in C# since SQLite has no French stemmer; bm25 ranks; dates are ISO
/// text.
/// </summary>
internal sealed class SqliteEngine : ArchiveEngine
{
    // Title words weigh ten times body words; a stem match counts less than the word itself.
    private const string Bm25 = """bm25("ArticleSearch", 10.0, 1.0, 4.0, 0.4)""";

    public override ArchiveProvider Provider => ArchiveProvider.Sqlite;

    public override string ExplainPrefix => "EXPLAIN QUERY PLAN ";

    public override int ExplainDetailColumn => 3;

    public override bool SearchRowsAtBatchEnd => true;

    public override bool StemsInCode => true;

    // A batch touches pages all over the indexes (a mention's entity index, the FTS5 segments): with SQLite's default
    // 2 MB page cache it spilled dirty pages into the WAL mid-transaction and wrote them again at the commit. The WAL
    // is checkpointed every 64 MB rather than every 4 MB: a page that many batches change (the indexes, the entity
    // counts) is copied into the database once per checkpoint (a quarter fewer bytes at 10,000 articles; at 100,000
    // the batch size is what counts, see ImportOptions.BatchSize). The session ends with a passive checkpoint, which
    // never waits for a reader, so the archive file is whole when the import returns. Statement and savepoint journals
    // (every INSERT … SELECT and every article's savepoint opens one) are kept in memory: in temporary files they cost
    // the import of 10,000 articles 2 of its 3.4 system CPU-seconds; they hold only the pages one article changes.
    public override (string Start, string End)? WriterSessionSql => (
        "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384; PRAGMA temp_store = MEMORY; " + SearchPendingSql,
        "PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000; PRAGMA temp_store = DEFAULT; PRAGMA wal_checkpoint(PASSIVE);");

    // FTS5 gathers the terms of the rows it is given in memory and writes them out as a new index segment whenever they
    // pass its 'hashsize' (1 MB by default), and every segment is merged into bigger ones later. A batch of 1,000
    // articles made several segments; with 16 MB it makes about one, at its commit. 30,000 of the archive's search rows
    // inserted in batches of 1,000 took 10-20 % less CPU in the sqlite3 shell (docs/performance.md, eighth round). The
    // value is kept in the table's configuration, written once per archive; it bounds what one writing connection holds.
    private const int SearchPendingBytes = 16 << 20;

    private static readonly string SearchPendingSql = $"""
        INSERT INTO "ArticleSearch"("ArticleSearch", rank) SELECT 'hashsize', {SearchPendingBytes}
        WHERE NOT EXISTS (SELECT 1 FROM "ArticleSearch_config" WHERE "k" = 'hashsize' AND "v" = {SearchPendingBytes});
        """;

    public override string DeleteSearchRowSql => """DELETE FROM "ArticleSearch" WHERE rowid = @id""";

    // A contentless table accepts a second row under a rowid it already has and indexes both; REPLACE keeps one (and
    // costs no more: 30,000 rows, 5.5-6.2 CPU-s either way).
    public override string InsertSearchRowSql => """
        INSERT OR REPLACE INTO "ArticleSearch" (rowid, "Title", "Body", "TitleStems", "BodyStems")
        VALUES (@id, @title, @body, @titleStems, @bodyStems)
        """;

    // An article read by id through the narrow cover index: SQLite would otherwise take the rowid lookup into the wide
    // row and read through the body's overflow pages to the date (about 3× slower per article).
    public override string CoverIndexHint => $"""INDEXED BY "{ArchiveDbContext.SearchCoverIndex}" """;

    // Each match reads its id, date and language from the cover index.
    public override string SearchFromSql => $"""FROM "ArticleSearch" JOIN "Articles" AS a {CoverIndexHint}ON a."Id" = "ArticleSearch".rowid""";

    public override string MatchTable => """temp."SearchMatch" """;

    public override string DropMatchTableSql => """DROP TABLE IF EXISTS temp."SearchMatch" """;

    public override string CreateMatchTableSql => """
        CREATE TEMP TABLE "SearchMatch" ("Id" INTEGER PRIMARY KEY, "Rank" REAL NOT NULL, "Published" TEXT, "Language" TEXT NOT NULL)
        """;

    public override Task<bool> CanUseTemporaryTablesAsync(DbConnection connection, CancellationToken cancellationToken) => Task.FromResult(true);

    public override DbParameter Parameter(string name, object? value) => new SqliteParameter(name, value switch
    {
        null => DBNull.Value,
        DateOnly date => Iso(date),
        _ => value,
    });

    public override DateOnly? ReadDate(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string DateValue(string parameter) => parameter;

    public override string MonthText(string column) => $"substr({column}, 1, 7)";

    public override string MonthNumberEquals(string column, string parameter) => $"substr({column}, 6, 2) = {parameter}";

    public override object MonthNumber(int month) => month.ToString("00", CultureInfo.InvariantCulture);

    public override string JsonRows(string parameter, params string[] types) =>
        "SELECT " + string.Join(", ", types.Select((_, i) => $"value ->> {i} AS c{i}")) + $" FROM json_each({parameter})";

    public override bool TransactionLost(DbConnection? connection, DbTransaction? transaction) =>
        connection is not SqliteConnection sqlite || SQLitePCL.raw.sqlite3_get_autocommit(sqlite.Handle) != 0;

    public override async Task<DbConnection?> OpenReadOnlyAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Read-only: a dry run never creates the file.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (SqliteException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return null;
        }
    }

    public override string MatchSql(SearchQuery query, Func<object, string> add) => """ "ArticleSearch" MATCH """ + add(query.MatchExpression);

    public override string RankSql(SearchQuery query, Func<object, string> add) => Bm25;

    // The full-text table keeps no text (content=''), so FTS5's highlight() and snippet() have none to cut: the page's
    // titles and bodies come from Articles and are marked in C#.
    public override bool MarksInCode => true;

    public override string HighlightSql(SearchQuery query, string idList, int snippetWords, Func<object, string> add) =>
        $"""SELECT a."Id", a."Title", a."Body" FROM "Articles" AS a WHERE a."Id" IN ({idList})""";

    // SQLite's AUTOINCREMENT counters follow explicit ids by themselves; PRAGMA optimize refreshes the statistics.
    public override async Task FinishBulkLoadAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        await database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken).ConfigureAwait(false);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
