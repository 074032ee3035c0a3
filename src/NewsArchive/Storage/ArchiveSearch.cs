using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsArchive.Extraction;

namespace NewsArchive.Storage;

/// <summary>
/// Full-text search and faceted browsing over the archive. The SQL is written by hand because FTS5 (MATCH, bm25,
/// snippet) has no LINQ translation; every user value is a parameter, and the query text only ever reaches SQLite
/// as the output of <see cref="SearchQuery"/>.
/// </summary>
public sealed class ArchiveSearch(ArchiveDbContext db)
{
    // Title words weigh ten times body words; a stem match counts less than the word itself.
    private const string Bm25 = """bm25("ArticleSearch", 10.0, 1.0, 4.0, 0.4)""";
    private const int SnippetWords = 32;

    /// <summary>One page of the articles matching <paramref name="request"/>, with facets over all of them.</summary>
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

        var filter = Filter.For(request, query);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var total = Convert.ToInt32(
                await ScalarAsync($"SELECT count(*) FROM ({filter.MatchSetSql})", filter, cancellationToken).ConfigureAwait(false),
                CultureInfo.InvariantCulture);
            var hits = total == 0 ? [] : await HitsAsync(request, query, filter, page, pageSize, cancellationToken).ConfigureAwait(false);
            var facets = total == 0 ? SearchFacets.Empty : await FacetsAsync(request, filter, cancellationToken).ConfigureAwait(false);
            return new SearchPage(total, page, pageSize, hits, facets, null);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
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

        var filter = Filter.For(request, query);
        // The SQL is fixed text; every value in it is one of the filter's parameters.
        var sql = """SELECT * FROM "Articles" WHERE "Id" IN (""" + filter.MatchSetSql + ")";
        return db.Articles.FromSqlRaw(sql, [.. filter.Parameters]);
    }

    private async Task<List<SearchHit>> HitsAsync(SearchRequest request, SearchQuery? query, Filter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var byDate = request.Sort == SearchSort.Date || query is null;
        var sql = new StringBuilder("""SELECT a."Id", a."Title", a."Slug", a."Published", a."Language", a."Dateline", """);
        sql.Append(query is null ? "0.0" : Bm25).Append(""" AS "Rank", """);
        sql.Append(query is null ? """substr(a."Body", 1, 600)""" : "NULL");
        sql.Append(' ').Append(filter.FromWhereSql);
        sql.Append(byDate ? """ ORDER BY a."Published" DESC, a."Id" DESC""" : """ ORDER BY "Rank", a."Id" """);
        sql.Append(" LIMIT ").Append(pageSize.ToString(CultureInfo.InvariantCulture))
            .Append(" OFFSET ").Append(((long)(page - 1) * pageSize).ToString(CultureInfo.InvariantCulture));

        var rows = new List<(int Id, string Title, string Slug, DateOnly? Published, string Language, string? Dateline, double Rank, string? Lead)>();
        await using (var reader = await ReaderAsync(sql.ToString(), filter.Parameters, cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((
                    reader.GetInt32(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.GetDouble(6),
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
            if (!snippetSegments.Any(s => s.Highlighted))
            {
                // The body matched only through a stem, which FTS5 cannot mark: cut the excerpt around that word.
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
        var parameters = new List<SqliteParameter> { new("@q", query.MatchExpression) };
        var idList = string.Join(", ", ids.Select((id, i) =>
        {
            parameters.Add(new SqliteParameter("@id" + i.ToString(CultureInfo.InvariantCulture), id));
            return "@id" + i.ToString(CultureInfo.InvariantCulture);
        }));
        var sql = $"""
            SELECT rowid, highlight("ArticleSearch", 0, char(57344), char(57345)),
                   snippet("ArticleSearch", 1, char(57344), char(57345), '…', {SnippetWords})
            FROM "ArticleSearch" WHERE "ArticleSearch" MATCH @q AND rowid IN ({idList})
            """;
        var marked = new Dictionary<int, (string, string)>();
        await using var reader = await ReaderAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            marked[reader.GetInt32(0)] = (reader.IsDBNull(1) ? "" : reader.GetString(1), reader.IsDBNull(2) ? "" : reader.GetString(2));
        }

        return marked;
    }

    private async Task<string> BodyAsync(int id, CancellationToken cancellationToken) =>
        Convert.ToString(await ScalarAsync("""SELECT "Body" FROM "Articles" WHERE "Id" = @id""", [new SqliteParameter("@id", id)], cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? "";

    private async Task<SearchFacets> FacetsAsync(SearchRequest request, Filter filter, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(request.FacetSize, 1, 100).ToString(CultureInfo.InvariantCulture);
        var entities = new Dictionary<EntityKind, List<FacetValue>>
        {
            [EntityKind.Person] = [],
            [EntityKind.Organisation] = [],
            [EntityKind.Place] = [],
        };
        List<FacetValue> topics = [];

        // Browsing everything: the importer keeps per-entity and per-topic article counts, so no join over all mentions.
        var entitySql = filter.IsEverything
            ? string.Join(" UNION ALL ", new[] { EntityKind.Person, EntityKind.Organisation, EntityKind.Place }.Select(kind => $"""
                SELECT * FROM (SELECT "Kind", "Slug", "Name", "ArticleCount" FROM "Entities"
                               WHERE "Kind" = {(int)kind} AND "ArticleCount" > 0 ORDER BY "ArticleCount" DESC, "Name" LIMIT {limit})
                """))
            : $"""
                WITH m("Id") AS ({filter.MatchSetSql})
                SELECT "Kind", "Slug", "Name", "Count" FROM (
                    SELECT e."Kind", e."Slug", e."Name", count(DISTINCT x."ArticleId") AS "Count",
                           row_number() OVER (PARTITION BY e."Kind" ORDER BY count(DISTINCT x."ArticleId") DESC, e."Name") AS "Row"
                    FROM m JOIN "Mentions" AS x ON x."ArticleId" = m."Id" JOIN "Entities" AS e ON e."Id" = x."EntityId"
                    GROUP BY e."Id")
                WHERE "Row" <= {limit} ORDER BY "Kind", "Row"
                """;
        await using (var reader = await ReaderAsync(entitySql, filter.Parameters, cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (entities.TryGetValue((EntityKind)reader.GetInt32(0), out var list))
                {
                    list.Add(new FacetValue(reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
                }
            }
        }

        var topicSql = filter.IsEverything
            ? $"""SELECT "Slug", "Name", "ArticleCount" FROM "Topics" WHERE "ArticleCount" > 0 ORDER BY "ArticleCount" DESC, "Name" LIMIT {limit}"""
            : $"""
                WITH m("Id") AS ({filter.MatchSetSql})
                SELECT t."Slug", t."Name", count(*) AS "Count"
                FROM m JOIN "ArticleTopics" AS x ON x."ArticleId" = m."Id" JOIN "Topics" AS t ON t."Id" = x."TopicId"
                GROUP BY t."Id" ORDER BY "Count" DESC, t."Name" LIMIT {limit}
                """;
        await using (var reader = await ReaderAsync(topicSql, filter.Parameters, cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                topics.Add(new FacetValue(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
            }
        }

        var languages = await CountsAsync($"""
            WITH m("Id") AS ({filter.MatchSetSql})
            SELECT a."Language", count(*) FROM m JOIN "Articles" AS a ON a."Id" = m."Id"
            GROUP BY a."Language" ORDER BY count(*) DESC, a."Language"
            """, filter, cancellationToken).ConfigureAwait(false);
        var months = await CountsAsync($"""
            WITH m("Id") AS ({filter.MatchSetSql})
            SELECT substr(a."Published", 1, 7) AS "Month", count(*) FROM m JOIN "Articles" AS a ON a."Id" = m."Id"
            WHERE a."Published" IS NOT NULL GROUP BY "Month" ORDER BY "Month" DESC
            """, filter, cancellationToken).ConfigureAwait(false);

        return new SearchFacets(entities[EntityKind.Person], entities[EntityKind.Organisation], entities[EntityKind.Place], topics, languages, months);
    }

    private async Task<List<FacetCount>> CountsAsync(string sql, Filter filter, CancellationToken cancellationToken)
    {
        var counts = new List<FacetCount>();
        await using var reader = await ReaderAsync(sql, filter.Parameters, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts.Add(new FacetCount(reader.GetString(0), reader.GetInt32(1)));
        }

        return counts;
    }

    private Task<object?> ScalarAsync(string sql, Filter filter, CancellationToken cancellationToken) =>
        ScalarAsync(sql, filter.Parameters, cancellationToken);

    private async Task<object?> ScalarAsync(string sql, IReadOnlyList<SqliteParameter> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<DbDataReader> ReaderAsync(string sql, IReadOnlyList<SqliteParameter> parameters, CancellationToken cancellationToken)
    {
        var command = Command(sql, parameters);
        return await command.ExecuteReaderAsync(System.Data.CommandBehavior.Default, cancellationToken).ConfigureAwait(false);
    }

    private DbCommand Command(string sql, IReadOnlyList<SqliteParameter> parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            // A parameter object belongs to one command: each gets a copy.
            command.Parameters.Add(new SqliteParameter(parameter.ParameterName, parameter.Value));
        }

        return command;
    }

    /// <summary>The FROM and WHERE clauses of a request, with their parameters.</summary>
    private sealed class Filter
    {
        private readonly List<SqliteParameter> parameters = [];

        private Filter()
        {
        }

        public IReadOnlyList<SqliteParameter> Parameters => parameters;

        /// <summary><c>FROM ... WHERE ...</c>: the articles as <c>a</c>, joined to the search table when there is a query.</summary>
        public string FromWhereSql { get; private set; } = "";

        /// <summary>A <c>SELECT a."Id"</c> of every matching article.</summary>
        public string MatchSetSql => """SELECT a."Id" """ + FromWhereSql;

        /// <summary>No query and no filter: the whole archive.</summary>
        public bool IsEverything { get; private set; }

        public static Filter For(SearchRequest request, SearchQuery? query)
        {
            var filter = new Filter();
            var where = new StringBuilder();
            string from;
            if (query is null)
            {
                from = """FROM "Articles" AS a""";
                where.Append("1 = 1");
            }
            else
            {
                from = """FROM "ArticleSearch" JOIN "Articles" AS a ON a."Id" = "ArticleSearch".rowid""";
                where.Append(""" "ArticleSearch" MATCH """).Append(filter.Add(query.MatchExpression));
            }

            var filtered = false;
            foreach (var (kind, slugs) in new[] { (EntityKind.Person, request.People), (EntityKind.Organisation, request.Organisations), (EntityKind.Place, request.Places) })
            {
                foreach (var slug in slugs.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal))
                {
                    where.Append(""" AND a."Id" IN (SELECT x."ArticleId" FROM "Mentions" AS x JOIN "Entities" AS e ON e."Id" = x."EntityId" WHERE e."Kind" = """)
                        .Append(filter.Add((int)kind)).Append(""" AND e."Slug" = """).Append(filter.Add(slug)).Append(')');
                    filtered = true;
                }
            }

            foreach (var slug in request.Topics.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal))
            {
                where.Append(""" AND a."Id" IN (SELECT x."ArticleId" FROM "ArticleTopics" AS x JOIN "Topics" AS t ON t."Id" = x."TopicId" WHERE t."Slug" = """)
                    .Append(filter.Add(slug)).Append(')');
                filtered = true;
            }

            if (!string.IsNullOrWhiteSpace(request.Language))
            {
                where.Append(""" AND a."Language" = """).Append(filter.Add(request.Language.Trim()));
                filtered = true;
            }

            var (first, last) = DateRange(request);
            if (first is not null)
            {
                where.Append(""" AND a."Published" >= """).Append(filter.Add(Iso(first.Value)));
                filtered = true;
            }

            if (last is not null)
            {
                where.Append(""" AND a."Published" <= """).Append(filter.Add(Iso(last.Value)));
                filtered = true;
            }

            if (request.Year is null && request.Month is >= 1 and <= 12)
            {
                where.Append(""" AND substr(a."Published", 6, 2) = """).Append(filter.Add(request.Month.Value.ToString("00", CultureInfo.InvariantCulture)));
                filtered = true;
            }

            filter.FromWhereSql = from + " WHERE " + where;
            filter.IsEverything = query is null && !filtered;
            return filter;
        }

        private static (DateOnly? From, DateOnly? To) DateRange(SearchRequest request)
        {
            var from = request.From;
            var to = request.To;
            if (request.Year is >= 1 and <= 9999)
            {
                var month = request.Month is >= 1 and <= 12 ? request.Month.Value : 0;
                var first = new DateOnly(request.Year.Value, month == 0 ? 1 : month, 1);
                var last = month == 0 ? new DateOnly(request.Year.Value, 12, 31) : first.AddMonths(1).AddDays(-1);
                from = from is null || first > from ? first : from;
                to = to is null || last < to ? last : to;
            }

            return (from, to);
        }

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private string Add(object value)
        {
            var name = "@p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add(new SqliteParameter(name, value));
            return name;
        }
    }
}
