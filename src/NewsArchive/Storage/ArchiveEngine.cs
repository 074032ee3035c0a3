using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace NewsArchive.Storage;

/// <summary>
/// Everything that differs between the archive's engines, in one place per engine: the full-text index (how an
/// article's search row is written, how a query matches, ranks and highlights), the SQL dialect of the few
/// hand-written statements, and how values travel. Search, the importer's writer and the pages above them are written
/// once against this seam; nothing above it knows which engine runs.
/// </summary>
internal abstract class ArchiveEngine
{
    public static readonly ArchiveEngine Sqlite = new SqliteEngine();
    public static readonly ArchiveEngine Postgres = new PostgresEngine();

    public abstract ArchiveProvider Provider { get; }

    public static ArchiveEngine Of(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.IsNpgsql() ? Postgres : Sqlite;
    }

    public static ArchiveEngine Of(DbContextOptions<ArchiveDbContext> options)
    {
        using var db = new ArchiveDbContext(options);
        return Of(db.Database);
    }

    // --- values -------------------------------------------------------------------------------------------------

    /// <summary>A parameter for this engine; dates travel as the engine stores them.</summary>
    public abstract DbParameter Parameter(string name, object? value);

    /// <summary>Reads a stored publication date (<c>Articles.Published</c>).</summary>
    public abstract DateOnly? ReadDate(DbDataReader reader, int ordinal);

    /// <summary>The <c>yyyy-MM</c> text of a date column.</summary>
    public abstract string MonthText(string column);

    /// <summary>A condition on the month number (1–12) of a date column, compared with the parameter <paramref name="parameter"/>.</summary>
    public abstract string MonthNumberEquals(string column, string parameter);

    /// <summary>The value of the month parameter of <see cref="MonthNumberEquals"/>.</summary>
    public abstract object MonthNumber(int month);

    /// <summary>
    /// A date parameter used as a value (in a <c>SELECT</c> list): typed, so that a null date is not taken for text.
    /// </summary>
    public abstract string DateValue(string parameter);

    /// <summary>
    /// A <c>SELECT</c> of the rows of a JSON array of arrays held by <paramref name="parameter"/>, one column per
    /// entry of <paramref name="types"/> (<c>int</c>, <c>real</c> or <c>text</c>), named <c>c0</c>, <c>c1</c>, …
    /// </summary>
    public abstract string JsonRows(string parameter, params string[] types);

    /// <summary>Whether the writer's connection has fallen out of its batch transaction (the engine rolled it back).</summary>
    public abstract bool TransactionLost(DbConnection? connection, DbTransaction? transaction);

    /// <summary>A read-only connection to the archive for the import workers, or null when there is no archive yet.</summary>
    public abstract Task<DbConnection?> OpenReadOnlyAsync(string connectionString, CancellationToken cancellationToken);

    // --- the full-text index ------------------------------------------------------------------------------------

    /// <summary>Whether search rows carry stems computed here (SQLite); a server that stems itself needs none.</summary>
    public abstract bool StemsInCode { get; }

    /// <summary>
    /// Whether the importer writes a batch's search rows together just before it commits (SQLite: FTS5 flushes a new
    /// index segment at every savepoint once it has been written in a transaction) rather than inside each article's
    /// savepoint (PostgreSQL, where a search row can fail on its own, e.g. a body too large for a tsvector, and must
    /// then fail only its article).
    /// </summary>
    public abstract bool SearchRowsAtBatchEnd { get; }

    /// <summary>
    /// Settings for the importer's one writing connection while it imports, and what puts them back before the
    /// connection returns to the pool; null where the engine needs none.
    /// </summary>
    public virtual (string Start, string End)? WriterSessionSql => null;

    /// <summary>
    /// What follows <c>"Articles" AS a</c> to read articles by id through the narrow cover index
    /// (<see cref="ArchiveDbContext.SearchCoverIndex"/>) when only their id, date and language are needed; empty where
    /// the engine's planner picks it by itself.
    /// </summary>
    public virtual string CoverIndexHint => "";

    /// <summary>
    /// <c>FROM "Articles" AS a</c> for a browse without a query; <paramref name="byId"/> when an entity or topic filter
    /// lists the articles by id, which then reads them through <see cref="CoverIndexHint"/>.
    /// </summary>
    public string ArticlesFromSql(bool byId) => byId ? """FROM "Articles" AS a """ + CoverIndexHint : """FROM "Articles" AS a""";

    /// <summary>Deletes an article's search row (parameter <c>@id</c>).</summary>
    public abstract string DeleteSearchRowSql { get; }

    /// <summary>Inserts an article's search row (parameters <c>@id</c>, <c>@title</c>, <c>@body</c>, <c>@titleStems</c>, <c>@bodyStems</c>, <c>@config</c>).</summary>
    public abstract string InsertSearchRowSql { get; }

    /// <summary>The search table joined to the articles as <c>a</c>: <c>FROM … JOIN "Articles" AS a …</c>.</summary>
    public abstract string SearchFromSql { get; }

    /// <summary>The condition that selects the articles matching <paramref name="query"/>; values go through <paramref name="add"/>.</summary>
    public abstract string MatchSql(SearchQuery query, Func<object, string> add);

    /// <summary>The rank of a matching article (lower is better), in a statement built with <see cref="SearchFromSql"/>.</summary>
    public abstract string RankSql(SearchQuery query, Func<object, string> add);

    /// <summary>
    /// A statement returning (id, marked title, marked snippet) of the articles among <paramref name="idList"/> (a
    /// list of parameter names); marks are <see cref="Highlighting.Open"/> and <see cref="Highlighting.Close"/>. With
    /// <see cref="MarksInCode"/>, (id, title, body) as written instead.
    /// </summary>
    public abstract string HighlightSql(SearchQuery query, string idList, int snippetWords, Func<object, string> add);

    /// <summary>Whether the search's terms are marked in C# (<see cref="Highlighting.Mark"/>) rather than by the database.</summary>
    public virtual bool MarksInCode => false;

    /// <summary>
    /// Whether one search's matches can go into a temporary table (<see cref="CreateMatchTableSql"/>) on this
    /// connection; where temporary tables are refused (a PostgreSQL read replica, a read-only transaction) each
    /// statement carries them as a CTE named <see cref="MatchTable"/> instead.
    /// </summary>
    public abstract Task<bool> CanUseTemporaryTablesAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The name statements read one search's matches (Id, Rank, Published, Language) by.</summary>
    public abstract string MatchTable { get; }

    /// <summary>Creates <see cref="MatchTable"/> as a temporary table.</summary>
    public abstract string CreateMatchTableSql { get; }

    /// <summary>Drops the temporary <see cref="MatchTable"/> if there is one (and never a table of the archive).</summary>
    public abstract string DropMatchTableSql { get; }

    /// <summary>What turns a statement into its query plan (<c>EXPLAIN QUERY PLAN </c>, <c>EXPLAIN </c>).</summary>
    public abstract string ExplainPrefix { get; }

    /// <summary>The column of the plan rows that describes each step.</summary>
    public abstract int ExplainDetailColumn { get; }

    /// <summary>After rows were copied in with their ids: lets the engine's id generators and statistics catch up.</summary>
    public abstract Task FinishBulkLoadAsync(DatabaseFacade database, CancellationToken cancellationToken);
}
