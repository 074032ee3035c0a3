using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;

namespace NewsArchive.Bench.Scale;

/// <summary>
/// EXPLAIN QUERY PLAN of the archive's main queries: the search statements as ArchiveSearch writes them, and the
/// person page's LINQ queries (as Pages/Entities/Entity.cshtml.cs writes them, rendered with ToQueryString). A step
/// that scans a table (not a search through an index, not the FTS5 table) is reported.
/// </summary>
internal static class QueryPlans
{
    public static IReadOnlyList<string> FullScans(string archive, IReadOnlyList<Popular> people, IReadOnlyList<Popular> topics)
    {
        var notes = new List<string>();
        var person = people.Count > 0 ? people[0].Slug : "n-a";
        var topic = topics.Count > 0 ? topics[0].Slug : "n-a";
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = archive, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        foreach (var (name, sql, parameters) in Statements(archive, person, topic))
        {
            var plan = Explain(connection, sql, parameters);
            var scans = FullScans(plan);
            notes.Add(scans.Count == 0
                ? $"plan `{name}`: no full scan ({string.Join("; ", plan)})"
                : $"plan `{name}`: **full scan** {string.Join("; ", scans)} (whole plan: {string.Join("; ", plan)})");
        }

        return notes;
    }

    /// <summary>
    /// The SCAN steps of <paramref name="plan"/> that read a whole table or index: not the FTS5 table, not a covering index
    /// read for a join, not a subquery or WITH result (a CO-ROUTINE or MATERIALIZE of the same plan).
    /// </summary>
    internal static List<string> FullScans(IReadOnlyList<string> plan)
    {
        var derived = plan
            .Select(s => s.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) ? s["CO-ROUTINE ".Length..]
                : s.StartsWith("MATERIALIZE ", StringComparison.Ordinal) ? s["MATERIALIZE ".Length..] : null)
            .OfType<string>()
            .Select(s => s.Split(' ')[0])
            .Append("m") // the WITH m("Id") match set of ArchiveSearch
            .ToHashSet(StringComparer.Ordinal);
        return [.. plan.Where(step =>
            step.StartsWith("SCAN ", StringComparison.Ordinal)
            && !step.Contains("VIRTUAL TABLE", StringComparison.Ordinal)
            && !step.Contains("COVERING INDEX", StringComparison.Ordinal)
            && !step.StartsWith("SCAN CONSTANT ROW", StringComparison.Ordinal)
            && !derived.Contains(step["SCAN ".Length..].Split(' ')[0]))];
    }

    private static List<string> Explain(SqliteConnection connection, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var steps = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    private static IEnumerable<(string Name, string Sql, IReadOnlyDictionary<string, object> Parameters)> Statements(string archive, string person, string topic)
    {
        var q = new Dictionary<string, object> { ["@p0"] = "\"election\"" };
        const string match = """FROM "ArticleSearch" JOIN "Articles" AS a ON a."Id" = "ArticleSearch".rowid WHERE "ArticleSearch" MATCH @p0""";
        yield return ("search: count", $"""SELECT count(*) FROM (SELECT a."Id" {match})""", q);
        yield return ("search: ranked page", $"""SELECT a."Id", a."Title", bm25("ArticleSearch", 10.0, 1.0, 4.0, 0.4) AS "Rank" {match} ORDER BY "Rank", a."Id" LIMIT 20""", q);
        yield return ("search: entity facets", $"""
            WITH m("Id") AS (SELECT a."Id" {match})
            SELECT e."Kind", e."Slug", count(DISTINCT x."ArticleId") FROM m JOIN "Mentions" AS x ON x."ArticleId" = m."Id"
            JOIN "Entities" AS e ON e."Id" = x."EntityId" GROUP BY e."Id"
            """, q);
        yield return ("search: topic facets", $"""
            WITH m("Id") AS (SELECT a."Id" {match})
            SELECT t."Slug", count(*) FROM m JOIN "ArticleTopics" AS x ON x."ArticleId" = m."Id" JOIN "Topics" AS t ON t."Id" = x."TopicId" GROUP BY t."Id"
            """, q);
        yield return ("search: month facets", $"""
            WITH m("Id") AS (SELECT a."Id" {match})
            SELECT substr(a."Published", 1, 7) AS "Month", count(*) FROM m JOIN "Articles" AS a ON a."Id" = m."Id"
            WHERE a."Published" IS NOT NULL GROUP BY "Month"
            """, q);

        var personFilter = new Dictionary<string, object> { ["@p0"] = (int)EntityKind.Person, ["@p1"] = person };
        yield return ("search: person filter, newest first", """
            SELECT a."Id" FROM "Articles" AS a WHERE 1 = 1 AND a."Id" IN (SELECT x."ArticleId" FROM "Mentions" AS x
            JOIN "Entities" AS e ON e."Id" = x."EntityId" WHERE e."Kind" = @p0 AND e."Slug" = @p1)
            ORDER BY a."Published" DESC, a."Id" DESC LIMIT 20
            """, personFilter);
        yield return ("search: topic filter, newest first", """
            SELECT a."Id" FROM "Articles" AS a WHERE 1 = 1 AND a."Id" IN (SELECT x."ArticleId" FROM "ArticleTopics" AS x
            JOIN "Topics" AS t ON t."Id" = x."TopicId" WHERE t."Slug" = @p0) ORDER BY a."Published" DESC, a."Id" DESC LIMIT 20
            """, new Dictionary<string, object> { ["@p0"] = topic });
        yield return ("browse: a year, month facets", """
            WITH m("Id") AS (SELECT a."Id" FROM "Articles" AS a WHERE 1 = 1 AND a."Published" >= @p0 AND a."Published" <= @p1)
            SELECT substr(a."Published", 1, 7) AS "Month", count(*) FROM m JOIN "Articles" AS a ON a."Id" = m."Id"
            WHERE a."Published" IS NOT NULL GROUP BY "Month"
            """, new Dictionary<string, object> { ["@p0"] = "2015-01-01", ["@p1"] = "2015-12-31" });

        foreach (var statement in PersonPage(archive, person))
        {
            yield return statement;
        }
    }

    /// <summary>The person page's queries, written as the page writes them.</summary>
    private static List<(string, string, IReadOnlyDictionary<string, object>)> PersonPage(string archive, string slug)
    {
        using var db = new ArchiveDbContext(ArchiveDatabase.Options(archive));
        var id = db.Entities.Where(e => e.Kind == EntityKind.Person && e.Slug == slug).Select(e => e.Id).FirstOrDefault();
        var mentions = db.Mentions.AsNoTracking().Where(m => m.EntityId == id);
        var articleIds = mentions.Select(m => m.ArticleId);
        var queries = new (string, IQueryable)[]
        {
            ("person page: variants", mentions.Select(m => m.Text).Distinct().OrderBy(t => t)),
            ("person page: articles", db.Articles.AsNoTracking().Where(a => a.Mentions.Any(m => m.EntityId == id))
                .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id).Select(a => new { a.Id, a.Title, a.Slug, a.Published })),
            ("person page: months", mentions.Where(m => m.Article.Published != null).Select(m => m.Article.Published!.Value)),
            ("person page: quotes", db.Quotes.AsNoTracking().Where(q => q.SpeakerId == id).OrderByDescending(q => q.Article.Published).ThenBy(q => q.Id)
                .Select(q => new { q.Id, q.Text, q.Article.Title }).Take(200)),
            ("person page: companions", db.Mentions.AsNoTracking()
                .Where(m => articleIds.Contains(m.ArticleId) && m.EntityId != id && m.Entity.Kind != EntityKind.Place)
                .Select(m => new { m.EntityId, m.ArticleId }).Distinct()
                .GroupBy(m => m.EntityId).Select(g => new { g.Key, Shared = g.Count() })
                .OrderByDescending(g => g.Shared).Take(30)),
        };
        var list = new List<(string, string, IReadOnlyDictionary<string, object>)>();
        foreach (var (name, query) in queries)
        {
            list.Add(Split(name, query.ToQueryString()));
        }

        return list;
    }

    /// <summary>Splits EF's <c>.param set @name value</c> preamble from the statement.</summary>
    private static (string, string, IReadOnlyDictionary<string, object>) Split(string name, string text)
    {
        var parameters = new Dictionary<string, object>(StringComparer.Ordinal);
        var sql = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(".param set ", StringComparison.Ordinal))
            {
                var parts = line[".param set ".Length..].Trim().Split(' ', 2);
                var value = parts[1].Trim();
                parameters[parts[0]] = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : value.Trim('\'');
            }
            else
            {
                sql.Add(line);
            }
        }

        return (name, string.Join('\n', sql).Trim(), parameters);
    }
}
