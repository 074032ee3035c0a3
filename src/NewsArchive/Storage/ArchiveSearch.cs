using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsArchive.Extraction;

namespace NewsArchive.Storage;

/// <summary>
/// Full-text search and faceted browsing over the archive, on either engine. The SQL is written by hand because
/// full-text matching, ranking and snippets have no LINQ translation; what differs between SQLite (FTS5) and
/// PostgreSQL (tsvector) comes from <see cref="ArchiveEngine"/>. Every user value is a parameter, and the query text
/// only ever reaches the database as the output of <see cref="SearchQuery"/>.
/// </summary>
public sealed class ArchiveSearch(ArchiveDbContext db)
{
    private const int SnippetWords = 32;

    private readonly ArchiveEngine engine = ArchiveEngine.Of(db.Database);

    /// <summary>
    /// One page of the articles matching <paramref name="request"/>, with the exact total and facets: languages and
    /// months over every match, people, organisations, places and topics over the best <see cref="DefaultFacetMatches"/>
    /// matches (all of them when there are fewer).
    /// </summary>
    public async Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        SearchQuery? query = null;
        if (!string.IsNullOrWhiteSpace(request.Query) && !SearchQuery.TryParse(request.Query, out query, out var error))
        {
            return new SearchPage(0, page, pageSize, [], SearchFacets.Empty, error);
        }

        var filter = SearchFilter.For(engine, request, query);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (filter.IsEverything)
            {
                // Browsing everything: the stored counts answer the facets, and the date index the page.
                var all = Convert.ToInt32(
                    await ScalarAsync($"SELECT count(*) FROM ({filter.MatchSetSql}) AS m", filter, cancellationToken).ConfigureAwait(false),
                    CultureInfo.InvariantCulture);
                var allHits = all == 0 ? [] : await HitsAsync(HitsSql(request, query, filter, page, pageSize), query, filter.Parameters, cancellationToken).ConfigureAwait(false);
                var allFacets = all == 0 ? SearchFacets.Empty : await FacetsAsync(request, filter, cancellationToken).ConfigureAwait(false);
                return new SearchPage(all, page, pageSize, allHits, allFacets, null);
            }

            // The match is evaluated once, into a temporary table of the connection, which the count, the page and
            // every facet read instead of running the full-text query again; where temporary tables are refused (a
            // PostgreSQL read replica or read-only transaction) once per statement, as a materialised CTE.
            var fill = FillSql(query, filter);
            var temporary = await engine.CanUseTemporaryTablesAsync(db.Database.GetDbConnection(), cancellationToken).ConfigureAwait(false);
            var match = new MatchSet(engine, temporary, fill, filter.Parameters);
            if (temporary)
            {
                await ExecuteAsync(DropMatchSql, [], cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(engine.CreateMatchTableSql, [], cancellationToken).ConfigureAwait(false);
            }

            try
            {
                if (temporary)
                {
                    await ExecuteAsync($"""INSERT INTO {engine.MatchTable} ("Id", "Rank", "Published", "Language") """ + fill, filter.Parameters, cancellationToken).ConfigureAwait(false);
                }

                var total = Convert.ToInt32(
                    await ScalarAsync(match.Sql($"SELECT count(*) FROM {engine.MatchTable}"), match.Parameters, cancellationToken).ConfigureAwait(false),
                    CultureInfo.InvariantCulture);
                if (total == 0)
                {
                    return new SearchPage(0, page, pageSize, [], SearchFacets.Empty, null);
                }

                // The best matches are sorted once: the facets describe them, and the page is cut from them when it lies
                // among them (nearly always: the first 25 pages of 20).
                var best = await BestAsync(request, query, match, cancellationToken).ConfigureAwait(false);
                var skip = (long)(page - 1) * pageSize;
                var hits = skip >= total ? []
                    : skip + pageSize <= best.Count || best.Count == total
                        ? await PageAsync(best.Skip((int)skip).Take(pageSize).ToList(), query, cancellationToken).ConfigureAwait(false)
                        : await HitsAsync(match.Sql(MatchHitsSql(request, query, page, pageSize)), query, match.Parameters, cancellationToken).ConfigureAwait(false);
                var facets = await MatchFacetsAsync(request, best, match, cancellationToken).ConfigureAwait(false);
                return new SearchPage(total, page, pageSize, hits, facets, null);
            }
            finally
            {
                if (temporary)
                {
                    await ExecuteAsync(DropMatchSql, [], CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Entity and topic facets are counted over at most this many of the best matches (best by rank, or newest first
    /// without a query): the match count, the languages and the months stay exact over every match.
    /// </summary>
    internal int FacetMatches { get; init; } = DefaultFacetMatches;

    /// <summary>The default of <see cref="FacetMatches"/>.</summary>
    public const int DefaultFacetMatches = 500;

    private string DropMatchSql => engine.DropMatchTableSql;

    /// <summary>The SELECT that fills the match table: each matching article once, with what sorting and facets need.</summary>
    private static string FillSql(SearchQuery? query, SearchFilter filter) =>
        """SELECT a."Id", """ + (query is null ? "0.0" : filter.RankSql(query)) + """, a."Published", a."Language" """ + filter.FromWhereSql;

    /// <summary>The order of the match table: by rank with a query (unless sorted by date), else newest first.</summary>
    private static string MatchOrder(SearchRequest request, SearchQuery? query) =>
        request.Sort == SearchSort.Date || query is null ? """s."Published" DESC NULLS LAST, s."Id" DESC""" : """s."Rank", s."Id" """;

    private string MatchHitsSql(SearchRequest request, SearchQuery? query, int page, int pageSize)
    {
        // The page is cut from the match table first, so Articles is read for its rows only.
        var order = MatchOrder(request, query);
        return $"""
            SELECT a."Id", a."Title", a."Slug", s."Published", a."Language", a."Dateline", s."Rank", {(query is null ? """substr(a."Body", 1, 600)""" : "NULL")}
            FROM (SELECT s."Id", s."Rank", s."Published" FROM {engine.MatchTable} AS s ORDER BY {order}
                  LIMIT {pageSize.ToString(CultureInfo.InvariantCulture)} OFFSET {((long)(page - 1) * pageSize).ToString(CultureInfo.InvariantCulture)}) AS s
            JOIN "Articles" AS a ON a."Id" = s."Id"
            ORDER BY {order}
            """;
    }

    /// <summary>
    /// The articles matching <paramref name="request"/>'s query and filters (sort and paging ignored), composable with
    /// LINQ; none when the query has nothing to search for.
    /// </summary>
    public IQueryable<Article> Matching(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        SearchQuery? query = null;
        if (!string.IsNullOrWhiteSpace(request.Query) && !SearchQuery.TryParse(request.Query, out query, out _))
        {
            return db.Articles.Where(_ => false);
        }

        var filter = SearchFilter.For(engine, request, query);
        // The SQL is fixed text; every value in it is one of the filter's parameters.
        var sql = """SELECT * FROM "Articles" WHERE "Id" IN (""" + filter.MatchSetSql + ")";
        return db.Articles.FromSqlRaw(sql, [.. filter.Parameters]);
    }

    /// <summary>
    /// The plan lines (SQLite's <c>EXPLAIN QUERY PLAN</c>, PostgreSQL's <c>EXPLAIN</c>) of the statement of <paramref name="request"/> that reads the archive (the
    /// match, or the page when browsing everything), to check it uses the indexes.
    /// </summary>
    internal async Task<List<string>> ExplainAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        SearchQuery? query = null;
        if (!string.IsNullOrWhiteSpace(request.Query) && !SearchQuery.TryParse(request.Query, out query, out var error))
        {
            throw new ArgumentException(error, nameof(request));
        }

        var filter = SearchFilter.For(engine, request, query);
        var plan = new List<string>();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sql = filter.IsEverything ? HitsSql(request, query, filter, 1, 20) : FillSql(query, filter);
            await using var reader = await ReaderAsync(engine.ExplainPrefix + sql, filter.Parameters, cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                plan.Add(reader.GetString(engine.ExplainDetailColumn));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return plan;
    }

    private static string HitsSql(SearchRequest request, SearchQuery? query, SearchFilter filter, int page, int pageSize)
    {
        var byDate = request.Sort == SearchSort.Date || query is null;
        var sql = new StringBuilder("""SELECT a."Id", a."Title", a."Slug", a."Published", a."Language", a."Dateline", """);
        sql.Append(query is null ? "0.0" : filter.RankSql(query)).Append(""" AS "Rank", """);
        sql.Append(query is null ? """substr(a."Body", 1, 600)""" : "NULL");
        sql.Append(' ').Append(filter.FromWhereSql);
        sql.Append(byDate ? """ ORDER BY a."Published" DESC NULLS LAST, a."Id" DESC""" : """ ORDER BY "Rank", a."Id" """);
        sql.Append(" LIMIT ").Append(pageSize.ToString(CultureInfo.InvariantCulture))
            .Append(" OFFSET ").Append(((long)(page - 1) * pageSize).ToString(CultureInfo.InvariantCulture));
        return sql.ToString();
    }

    private async Task<List<SearchHit>> HitsAsync(string sql, SearchQuery? query, IReadOnlyList<DbParameter> parameters, CancellationToken cancellationToken)
    {
        var rows = new List<(int Id, string Title, string Slug, DateOnly? Published, string Language, string? Dateline, double Rank, string? Lead)>();
        await using (var reader = await ReaderAsync(sql, parameters, cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((
                    reader.GetInt32(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    engine.ReadDate(reader, 3),
                    reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    Convert.ToDouble(reader.GetValue(6), CultureInfo.InvariantCulture),
                    reader.IsDBNull(7) ? null : reader.GetString(7)));
            }
        }

        if (query is null)
        {
            var none = new HashSet<string>(StringComparer.Ordinal);
            return [.. rows.Select(r => new SearchHit(r.Id, r.Title, r.Slug, r.Published, r.Language, r.Dateline, r.Rank,
                [new HighlightSegment(r.Title, false)], Highlighting.Split(Highlighting.Excerpt(r.Lead ?? "", none, SnippetWords))))];
        }

        var marked = await MarkedAsync(query, [.. rows.Select(r => r.Id)], cancellationToken).ConfigureAwait(false);
        var hits = new List<SearchHit>(rows.Count);
        foreach (var r in rows)
        {
            var (title, snippet) = marked.GetValueOrDefault(r.Id, (r.Title, ""));
            var snippetSegments = Highlighting.Split(snippet, query.HighlightStems);
            if (!engine.MarksInCode && !snippetSegments.Any(s => s.Highlighted))
            {
                // The body matched only through a stem, which the database did not mark: cut the excerpt around that word.
                snippetSegments = Highlighting.Split(Highlighting.Excerpt(await BodyAsync(r.Id, cancellationToken).ConfigureAwait(false), query.HighlightStems, SnippetWords), query.HighlightStems);
            }

            hits.Add(new SearchHit(r.Id, r.Title, r.Slug, r.Published, r.Language, r.Dateline, r.Rank,
                Highlighting.Split(title, query.HighlightStems), snippetSegments));
        }

        return hits;
    }

    private async Task<Dictionary<int, (string Title, string Snippet)>> MarkedAsync(SearchQuery query, List<int> ids, CancellationToken cancellationToken)
    {
        // Snippets for the page only: computing them in the ranked query would build one for every match before sorting.
        var parameters = new List<DbParameter>();
        string Add(object value)
        {
            var name = "@h" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add(engine.Parameter(name, value));
            return name;
        }

        var idList = string.Join(", ", ids.Select(id => Add(id)));
        var sql = engine.HighlightSql(query, idList, SnippetWords, Add);
        var marked = new Dictionary<int, (string, string)>();
        await using var reader = await ReaderAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var title = reader.IsDBNull(1) ? "" : reader.GetString(1);
            var text = reader.IsDBNull(2) ? "" : reader.GetString(2);
            if (engine.MarksInCode)
            {
                // Where no term occurs in the body as written, the excerpt is cut around a word that matched by its stem.
                var (markedTitle, snippet) = Highlighting.Mark(title, text, query, SnippetWords);
                marked[reader.GetInt32(0)] = (markedTitle, snippet ?? Highlighting.Excerpt(text, query.HighlightStems, SnippetWords));
            }
            else
            {
                marked[reader.GetInt32(0)] = (title, text);
            }
        }

        return marked;
    }

    private async Task<string> BodyAsync(int id, CancellationToken cancellationToken) =>
        Convert.ToString(await ScalarAsync("""SELECT "Body" FROM "Articles" WHERE "Id" = @id""", [engine.Parameter("@id", id)], cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? "";

    /// <summary>Facets of the whole archive, from the counts the importer keeps.</summary>
    private async Task<SearchFacets> FacetsAsync(SearchRequest request, SearchFilter filter, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(request.FacetSize, 1, 100).ToString(CultureInfo.InvariantCulture);
        var entitySql = string.Join(" UNION ALL ", new[] { EntityKind.Person, EntityKind.Organisation, EntityKind.Place }.Select(kind => $"""
            SELECT * FROM (SELECT "Kind", "Slug", "Name", "ArticleCount" FROM "Entities"
                           WHERE "Kind" = {(int)kind} AND "ArticleCount" > 0 ORDER BY "ArticleCount" DESC, "Name" LIMIT {limit}) AS k{(int)kind}
            """));
        var topicSql = $"""SELECT "Slug", "Name", "ArticleCount" FROM "Topics" WHERE "ArticleCount" > 0 ORDER BY "ArticleCount" DESC, "Name" LIMIT {limit}""";
        var languages = await CountsAsync($"""
            WITH m("Id") AS ({filter.MatchSetSql})
            SELECT a."Language", count(*) FROM m JOIN "Articles" AS a ON a."Id" = m."Id"
            GROUP BY a."Language" ORDER BY count(*) DESC, a."Language"
            """, filter.Parameters, cancellationToken).ConfigureAwait(false);
        var months = await CountsAsync($"""
            WITH m("Id") AS ({filter.MatchSetSql})
            SELECT {engine.MonthText("""a."Published" """)} AS "Month", count(*) FROM m JOIN "Articles" AS a ON a."Id" = m."Id"
            WHERE a."Published" IS NOT NULL GROUP BY "Month" ORDER BY "Month" DESC
            """, filter.Parameters, cancellationToken).ConfigureAwait(false);
        return await WithEntitiesAndTopicsAsync(entitySql, topicSql, [], languages, months, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Facets of the match table: languages and months over every match; entities and topics over the best
    /// <see cref="FacetMatches"/> matches, counted here from their (article, entity) and (article, topic) pairs, with
    /// names looked up only for the values shown (<see cref="FacetRanking"/>).
    /// </summary>
    private async Task<SearchFacets> MatchFacetsAsync(SearchRequest request, IReadOnlyList<(int Id, double Rank)> best, MatchSet match, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(request.FacetSize, 1, 100);
        var bestIds = IdList(best.Select(b => b.Id));
        var (languages, months) = await LanguagesAndMonthsAsync(match, cancellationToken).ConfigureAwait(false);

        var entityCounts = await PairCountsAsync(
            $"""SELECT x."ArticleId", x."EntityId" FROM "Mentions" AS x WHERE x."ArticleId" IN ({bestIds})""", cancellationToken).ConfigureAwait(false);
        var entities = await FacetRanking.TopAsync(entityCounts, [(int)EntityKind.Person, (int)EntityKind.Organisation, (int)EntityKind.Place], limit,
            (ids, token) => DescribeAsync("""SELECT "Id", "Kind", "Slug", "Name" FROM "Entities" """, ids, token), cancellationToken).ConfigureAwait(false);
        var topicCounts = await PairCountsAsync(
            $"""SELECT x."ArticleId", x."TopicId" FROM "ArticleTopics" AS x WHERE x."ArticleId" IN ({bestIds})""", cancellationToken).ConfigureAwait(false);
        var topics = await FacetRanking.TopAsync(topicCounts, [0], limit,
            (ids, token) => DescribeAsync("""SELECT "Id", 0, "Slug", "Name" FROM "Topics" """, ids, token), cancellationToken).ConfigureAwait(false);
        return new SearchFacets(entities[(int)EntityKind.Person], entities[(int)EntityKind.Organisation], entities[(int)EntityKind.Place], topics[0], languages, months);
    }

    /// <summary>
    /// The best <see cref="FacetMatches"/> matches (all of them when there are fewer), in the page order: by rank with
    /// a query, newest first when sorted by date or without one.
    /// </summary>
    private async Task<List<(int Id, double Rank)>> BestAsync(SearchRequest request, SearchQuery? query, MatchSet match, CancellationToken cancellationToken)
    {
        var best = new List<(int, double)>();
        var sql = match.Sql($"""
            SELECT s."Id", s."Rank" FROM {engine.MatchTable} AS s ORDER BY {MatchOrder(request, query)} LIMIT {FacetMatches.ToString(CultureInfo.InvariantCulture)}
            """);
        await using var reader = await ReaderAsync(sql, match.Parameters, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            best.Add((reader.GetInt32(0), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return best;
    }

    /// <summary>The hits of a page whose articles (in order, with their rank) are known.</summary>
    private async Task<List<SearchHit>> PageAsync(List<(int Id, double Rank)> page, SearchQuery? query, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT a."Id", a."Title", a."Slug", a."Published", a."Language", a."Dateline", 0.0, {(query is null ? """substr(a."Body", 1, 600)""" : "NULL")}
            FROM "Articles" AS a WHERE a."Id" IN ({IdList(page.Select(p => p.Id))})
            """;
        var hits = (await HitsAsync(sql, query, [], cancellationToken).ConfigureAwait(false)).ToDictionary(h => h.ArticleId);
        return [.. page.Where(p => hits.ContainsKey(p.Id)).Select(p => hits[p.Id] with { Rank = p.Rank })];
    }

    // Ids are integers read from the archive: written as literals, a long list meets no parameter limit.
    private static string IdList(IEnumerable<int> ids) => string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// The language and month facets of every match, from one grouping pass over the match table (a broad word at
    /// 100,000 articles: two passes cost 29 + 19 ms, sorting the whole match twice).
    /// </summary>
    private async Task<(List<FacetCount> Languages, List<FacetCount> Months)> LanguagesAndMonthsAsync(MatchSet match, CancellationToken cancellationToken)
    {
        var languages = new Dictionary<string, int>(StringComparer.Ordinal);
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var sql = match.Sql($"""
            SELECT {engine.MonthText("\"Published\"")}, "Language", count(*) FROM {engine.MatchTable} GROUP BY 1, 2
            """);
        await using (var reader = await ReaderAsync(sql, match.Parameters, cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var count = Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
                var language = reader.GetString(1);
                languages[language] = languages.GetValueOrDefault(language) + count;
                if (!reader.IsDBNull(0))
                {
                    var month = reader.GetString(0);
                    months[month] = months.GetValueOrDefault(month) + count;
                }
            }
        }

        return (
            [.. languages.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).Select(l => new FacetCount(l.Key, l.Value))],
            [.. months.OrderByDescending(m => m.Key, StringComparer.Ordinal).Select(m => new FacetCount(m.Key, m.Value))]);
    }

    /// <summary>Articles per value from (article id, value id) rows: an article counts once for a value however often it names it.</summary>
    private async Task<Dictionary<int, int>> PairCountsAsync(string sql, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<int, int>();
        var seen = new HashSet<long>();
        await using var reader = await ReaderAsync(sql, [], cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var value = reader.GetInt32(1);
            if (seen.Add(((long)reader.GetInt32(0) << 32) | (uint)value))
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        return counts;
    }

    /// <summary>(id, group, slug, name) of the given ids, from <paramref name="select"/> (a SELECT … FROM without WHERE).</summary>
    private async Task<Dictionary<int, FacetRanking.Described>> DescribeAsync(string select, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var described = new Dictionary<int, FacetRanking.Described>(ids.Count);
        await using var reader = await ReaderAsync(select + """WHERE "Id" IN (""" + IdList(ids) + ")", [], cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            described[reader.GetInt32(0)] = new FacetRanking.Described(Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), reader.GetString(2), reader.GetString(3));
        }

        return described;
    }

    private async Task<SearchFacets> WithEntitiesAndTopicsAsync(string entitySql, string topicSql, IReadOnlyList<DbParameter> parameters, List<FacetCount> languages, List<FacetCount> months, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<EntityKind, List<FacetValue>>
        {
            [EntityKind.Person] = [],
            [EntityKind.Organisation] = [],
            [EntityKind.Place] = [],
        };
        await using (var reader = await ReaderAsync(entitySql, parameters, cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (entities.TryGetValue((EntityKind)reader.GetInt32(0), out var list))
                {
                    list.Add(new FacetValue(reader.GetString(1), reader.GetString(2), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)));
                }
            }
        }

        List<FacetValue> topics = [];
        await using (var reader = await ReaderAsync(topicSql, parameters, cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                topics.Add(new FacetValue(reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
            }
        }

        return new SearchFacets(entities[EntityKind.Person], entities[EntityKind.Organisation], entities[EntityKind.Place], topics, languages, months);
    }

    private async Task<List<FacetCount>> CountsAsync(string sql, IReadOnlyList<DbParameter> parameters, CancellationToken cancellationToken)
    {
        var counts = new List<FacetCount>();
        await using var reader = await ReaderAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts.Add(new FacetCount(reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return counts;
    }

    private Task<object?> ScalarAsync(string sql, SearchFilter filter, CancellationToken cancellationToken) =>
        ScalarAsync(sql, filter.Parameters, cancellationToken);

    private async Task<object?> ScalarAsync(string sql, IReadOnlyList<DbParameter> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(string sql, IReadOnlyList<DbParameter> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<DbDataReader> ReaderAsync(string sql, IReadOnlyList<DbParameter> parameters, CancellationToken cancellationToken)
    {
        var command = Command(sql, parameters);
        return await command.ExecuteReaderAsync(System.Data.CommandBehavior.Default, cancellationToken).ConfigureAwait(false);
    }

    private DbCommand Command(string sql, IReadOnlyList<DbParameter> parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            // A parameter object belongs to one command: each gets a copy.
            command.Parameters.Add(engine.Parameter(parameter.ParameterName, parameter.Value));
        }

        return command;
    }

    /// <summary>
    /// How a statement reads the match set: as it is where the engine keeps it in a temporary table, or with the
    /// match prepended as a materialised CTE (and the filter's parameters) where it does not.
    /// </summary>
    private sealed class MatchSet(ArchiveEngine engine, bool temporary, string fill, IReadOnlyList<DbParameter> filterParameters)
    {
        public IReadOnlyList<DbParameter> Parameters => temporary ? [] : filterParameters;

        public string Sql(string statement)
        {
            if (temporary)
            {
                return statement;
            }

            var cte = $"""{engine.MatchTable} ("Id", "Rank", "Published", "Language") AS MATERIALIZED ({fill})""";
            var trimmed = statement.TrimStart();
            return trimmed.StartsWith("WITH ", StringComparison.Ordinal) ? "WITH " + cte + ", " + trimmed[5..] : "WITH " + cte + " " + trimmed;
        }
    }
}
