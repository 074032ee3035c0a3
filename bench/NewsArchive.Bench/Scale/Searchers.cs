using Microsoft.Data.Sqlite;
using NewsArchive.Storage;

namespace NewsArchive.Bench.Scale;

/// <summary>
/// The floor a search can reach on this database: the match count and the first 20 rowids by bm25, straight from the
/// archive's own FTS5 table with prepared statements (or, for a date browse, the same from the articles table).
/// </summary>
internal sealed class RawSearcher : IDisposable
{
    private static readonly string[] ParameterNames = ["@q", "@from", "@to"];

    private readonly SqliteConnection connection;
    private readonly SqliteCommand count;
    private readonly SqliteCommand top;
    private readonly SqliteCommand countDates;
    private readonly SqliteCommand topDates;

    public RawSearcher(string databasePath)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        count = Prepare("""SELECT count(*) FROM "ArticleSearch" WHERE "ArticleSearch" MATCH @q""");
        top = Prepare("""SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH @q ORDER BY rank LIMIT 20""");
        countDates = Prepare("""SELECT count(*) FROM "Articles" WHERE "Published" BETWEEN @from AND @to""");
        topDates = Prepare("""SELECT "Id" FROM "Articles" WHERE "Published" BETWEEN @from AND @to ORDER BY "Published" DESC, "Id" DESC LIMIT 20""");
    }

    /// <summary>Runs the raw form of <paramref name="query"/>; returns its match count.</summary>
    public long Run(BenchQuery query)
    {
        var (total, first) = query.RawDates is { } dates ? (countDates, topDates) : (count, top);
        foreach (var command in new[] { total, first })
        {
            if (query.RawDates is { } range)
            {
                command.Parameters["@from"].Value = range.From;
                command.Parameters["@to"].Value = range.To;
            }
            else
            {
                command.Parameters["@q"].Value = query.RawMatch;
            }
        }

        var matches = (long)total.ExecuteScalar()!;
        using var reader = first.ExecuteReader();
        while (reader.Read())
        {
            _ = reader.GetInt64(0);
        }

        return matches;
    }

    public void Dispose()
    {
        foreach (var command in new[] { count, top, countDates, topDates })
        {
            command.Dispose();
        }

        connection.Dispose();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in ParameterNames.Where(n => sql.Contains(n, StringComparison.Ordinal)))
        {
            command.Parameters.Add(new SqliteParameter(name, ""));
        }

        command.Prepare();
        return command;
    }
}

/// <summary>The library's search, as the site calls it: a fresh context per request over the benchmark archive.</summary>
internal sealed class LibrarySearcher(string databasePath)
{
    private readonly Microsoft.EntityFrameworkCore.DbContextOptions<ArchiveDbContext> options = ArchiveDatabase.Options(databasePath);

    public async Task<int> RunAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        await using var db = new ArchiveDbContext(options);
        var page = await new ArchiveSearch(db).SearchAsync(query.Request, cancellationToken).ConfigureAwait(false);
        return page.Total;
    }
}
