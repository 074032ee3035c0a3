using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace NewsArchive.Storage;

/// <summary>
/// The server engine: two <c>tsvector</c> columns per article with GIN indexes, one of the words as written
/// (<c>newsarchive_simple</c>: <c>unaccent</c> then lower case) and one of their stems in the article's language
/// (<c>newsarchive_fr</c> / <c>newsarchive_en</c>: <c>unaccent</c> then Snowball), each weighting the title above the
/// body. A user's terms reach PostgreSQL through <c>websearch_to_tsquery</c> (a prefix through <c>to_tsquery</c>
/// with <c>:*</c>), one term at a time, so a plain word matches its folded form or its French or English stem, and a
/// phrase or a prefix matches the text as written — as on SQLite. <c>ts_rank</c> ranks, <c>ts_headline</c> marks.
/// </summary>
internal sealed class PostgresEngine : ArchiveEngine
{
    /// <summary>The text search configuration of the words as written.</summary>
    public const string WordsConfiguration = "newsarchive_simple";

    // ts_rank weights {D, C, B, A}: the title (A) weighs ten times the body (D).
    private const string Weights = "'{0.1, 0.1, 0.1, 1.0}'";

    public override ArchiveProvider Provider => ArchiveProvider.Postgres;

    public override string ExplainPrefix => "EXPLAIN ";

    public override int ExplainDetailColumn => 0;

    public override bool SearchRowsAtBatchEnd => false;

    public override bool StemsInCode => false;

    public override string DeleteSearchRowSql => """DELETE FROM "ArticleSearch" WHERE "Id" = @id""";

    /// <summary>
    /// How much of a body the tsvectors index: a tsvector holds at most 1 MB, which a body of a few megabytes of
    /// distinct words overflows; 300,000 characters (some 50,000 words, far beyond any news article) always fit
    /// natural text. The body itself is stored whole.
    /// </summary>
    public const int IndexedCharacters = 300_000;

    public override string InsertSearchRowSql => $"""
        INSERT INTO "ArticleSearch" ("Id", "Words", "Stems") VALUES (@id,
            setweight(to_tsvector('{WordsConfiguration}', @title), 'A') || setweight(to_tsvector('{WordsConfiguration}', left(@body, {IndexedCharacters})), 'D'),
            setweight(to_tsvector(CAST(@config AS regconfig), @title), 'A') || setweight(to_tsvector(CAST(@config AS regconfig), left(@body, {IndexedCharacters})), 'D'))
        ON CONFLICT ("Id") DO UPDATE SET "Words" = excluded."Words", "Stems" = excluded."Stems"
        """;

    public override string SearchFromSql => """FROM "ArticleSearch" AS fts JOIN "Articles" AS a ON a."Id" = fts."Id" """;

    // Unqualified: the temporary table when there is one (pg_temp comes first in the search path), else the CTE.
    public override string MatchTable => "\"SearchMatch\"";

    public override string CreateMatchTableSql => """
        CREATE TEMP TABLE "SearchMatch" ("Id" integer PRIMARY KEY, "Rank" double precision NOT NULL, "Published" date, "Language" text NOT NULL)
        """;

    public override string DropMatchTableSql => """DROP TABLE IF EXISTS pg_temp."SearchMatch" """;

    /// <summary>The stemming configuration of an article in <paramref name="language"/>; other languages are not stemmed.</summary>
    public static string StemsConfiguration(string language) => language switch
    {
        "fr" => "newsarchive_fr",
        "en" => "newsarchive_en",
        _ => WordsConfiguration,
    };

    // A hot standby and a read-only transaction refuse CREATE TEMP TABLE; a writable primary takes it.
    public override async Task<bool> CanUseTemporaryTablesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = "SELECT current_setting('transaction_read_only') = 'off' AND NOT pg_is_in_recovery()";
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
        }
    }

    public override DbParameter Parameter(string name, object? value) => new NpgsqlParameter(name, value ?? DBNull.Value);

    public override DateOnly? ReadDate(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    public override string MonthText(string column) => $"to_char({column}, 'YYYY-MM')";

    public override string MonthNumberEquals(string column, string parameter) => $"extract(month FROM {column}) = {parameter}";

    public override object MonthNumber(int month) => month;

    public override string DateValue(string parameter) => $"CAST({parameter} AS date)";

    public override string JsonRows(string parameter, params string[] types) =>
        "SELECT " + string.Join(", ", types.Select((type, i) => $"CAST(value ->> {i} AS {SqlType(type)}) AS c{i}"))
        + $" FROM jsonb_array_elements(CAST({parameter} AS jsonb)) AS r(value)";

    public override bool TransactionLost(DbConnection? connection, DbTransaction? transaction) =>
        connection is null || connection.State != System.Data.ConnectionState.Open || transaction?.Connection is null;

    public override async Task<DbConnection?> OpenReadOnlyAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (NpgsqlException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return null;
        }
    }

    public override string MatchSql(SearchQuery query, Func<object, string> add)
    {
        var groups = query.Groups.Select(g => "(" + string.Join(" OR ", g.Select(t => TermMatch(t, add))) + ")");
        var sql = string.Join(" AND ", groups);
        foreach (var term in query.Excluded)
        {
            sql += " AND NOT " + TermMatch(term, add);
        }

        return "(" + sql + ")";
    }

    public override string RankSql(SearchQuery query, Func<object, string> add)
    {
        var terms = query.Groups.SelectMany(g => g).ToList();
        var rank = $"ts_rank({Weights}, fts.\"Words\", {Any(terms.Select(t => WordsQuery(t, add)))})";
        var stemmed = terms.Where(t => t.Stemmed).ToList();
        if (stemmed.Count > 0)
        {
            rank += $" + 0.4 * ts_rank({Weights}, fts.\"Stems\", {Any(stemmed.Select(t => StemsQuery(t, add)))})";
        }

        return $"CAST(-({rank}) AS double precision)";
    }

    public override string HighlightSql(SearchQuery query, string idList, int snippetWords, Func<object, string> add)
    {
        var words = Any(query.Groups.SelectMany(g => g).Select(t => WordsQuery(t, add)));
        var marks = string.Create(CultureInfo.InvariantCulture, $"StartSel={Highlighting.Open}, StopSel={Highlighting.Close}");
        var title = add(marks + ", HighlightAll=true");
        var body = add(marks + string.Create(CultureInfo.InvariantCulture, $", MaxWords={snippetWords}, MinWords={snippetWords / 2}"));
        return $"""
            SELECT a."Id", ts_headline('{WordsConfiguration}', a."Title", {words}, {title}), ts_headline('{WordsConfiguration}', a."Body", {words}, {body})
            FROM "Articles" AS a WHERE a."Id" IN ({idList})
            """;
    }

    public override async Task FinishBulkLoadAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        // Identity columns do not see explicit ids: move each sequence past the highest id, or the next insert collides.
        foreach (var table in new[] { "Articles", "Entities", "Topics", "Mentions", "Quotes", "ImportRuns", "ImportFailures" })
        {
            // The table names are the fixed list above.
            var sql = $"""
                SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), coalesce((SELECT max("Id") FROM "{table}"), 0) + 1, false)
                """;
            await database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
        }

        await database.ExecuteSqlRawAsync("ANALYZE", cancellationToken).ConfigureAwait(false);
    }

    private static string TermMatch(SearchTerm term, Func<object, string> add) =>
        term.Stemmed
            ? $"(fts.\"Words\" @@ {WordsQuery(term, add)} OR fts.\"Stems\" @@ {StemsQuery(term, add)})"
            : $"fts.\"Words\" @@ {WordsQuery(term, add)}";

    /// <summary>The term against the words as written: quoted, so no word of it is an operator (<c>or</c>, <c>-</c>).</summary>
    private static string WordsQuery(SearchTerm term, Func<object, string> add) =>
        term.Prefix
            ? $"to_tsquery('{WordsConfiguration}', {add(string.Join(" <-> ", term.Tokens) + ":*")})"
            : $"websearch_to_tsquery('{WordsConfiguration}', {add(Quoted(term))})";

    /// <summary>The term against the stems, in French or in English (the query's language is not known).</summary>
    private static string StemsQuery(SearchTerm term, Func<object, string> add)
    {
        var text = add(Quoted(term));
        return $"(websearch_to_tsquery('newsarchive_fr', {text}) || websearch_to_tsquery('newsarchive_en', {text}))";
    }

    private static string Any(IEnumerable<string> queries) => "(" + string.Join(" || ", queries) + ")";

    private static string Quoted(SearchTerm term) => "\"" + string.Join(' ', term.Tokens) + "\"";

    private static string SqlType(string type) => type switch
    {
        "int" => "integer",
        "real" => "double precision",
        _ => "text",
    };
}
