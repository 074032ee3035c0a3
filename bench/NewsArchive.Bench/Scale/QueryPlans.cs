using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;

namespace NewsArchive.Bench.Scale;

/// <summary>
/// EXPLAIN QUERY PLAN of the archive's main queries: the search statements as ArchiveSearch writes them (the match
/// evaluated once into the temporary table SearchMatch, then the count, page and facets over it), and the person and
/// topic pages' LINQ queries (as Pages/Entities/Entity.cshtml.cs and Pages/Topics/Topic.cshtml.cs write them, rendered
/// with ToQueryString). A step that scans a table (not a search through an index, not the FTS5 table, not the
/// request's own match table) is reported.
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
        using (var create = connection.CreateCommand())
        {
            // ArchiveSearch's per-request match table, so the statements that read it can be explained.
            create.CommandText = """CREATE TEMP TABLE "SearchMatch" ("Id" INTEGER PRIMARY KEY, "Rank" REAL NOT NULL, "Published" TEXT, "Language" TEXT NOT NULL)""";
            create.ExecuteNonQuery();
        }

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
            .Append("s") // its SearchMatch table (one request's matches), read whole by design
            .Append("SearchMatch")
            .Append("temp.SearchMatch")
            .Append("b") // the best matches of it that the entity and topic facets count
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
        const string match = """FROM "ArticleSearch" JOIN "Articles" AS a INDEXED BY "IX_Articles_Id_Published_Language" ON a."Id" = "ArticleSearch".rowid WHERE "ArticleSearch" MATCH @p0""";
        // ArchiveSearch reads the best 500 ids once and lists them as literals; a sample list stands in for them.
        const string bestIds = "1, 2, 3, 5, 8, 13, 21, 34, 55, 89";
        var none = new Dictionary<string, object>();
        yield return ("search: match (fills SearchMatch)", $"""SELECT a."Id", bm25("ArticleSearch", 10.0, 1.0, 4.0, 0.4), a."Published", a."Language" {match}""", q);
        yield return ("search: count", """SELECT count(*) FROM temp."SearchMatch" """, none);
        yield return ("search: best 500 (facets and page)", """SELECT s."Id", s."Rank" FROM temp."SearchMatch" AS s ORDER BY s."Rank", s."Id" LIMIT 500""", none);
        yield return ("search: page rows", $"""
            SELECT a."Id", a."Title", a."Slug", a."Published", a."Language", a."Dateline", 0.0, NULL FROM "Articles" AS a WHERE a."Id" IN ({bestIds})
            """, none);
        yield return ("search: entity facet pairs (best 500)", $"""SELECT x."ArticleId", x."EntityId" FROM "Mentions" AS x WHERE x."ArticleId" IN ({bestIds})""", none);
        yield return ("search: entity facet names", $"""SELECT "Id", "Kind", "Slug", "Name" FROM "Entities" WHERE "Id" IN ({bestIds})""", none);
        yield return ("search: topic facet pairs (best 500)", $"""SELECT x."ArticleId", x."TopicId" FROM "ArticleTopics" AS x WHERE x."ArticleId" IN ({bestIds})""", none);
        yield return ("search: language and month facets", """
            SELECT substr("Published", 1, 7), "Language", count(*) FROM temp."SearchMatch" GROUP BY 1, 2
            """, none);

        var personFilter = new Dictionary<string, object> { ["@p0"] = (int)EntityKind.Person, ["@p1"] = person };
        yield return ("search: person filter (fills SearchMatch)", """
            SELECT a."Id", 0.0, a."Published", a."Language" FROM "Articles" AS a INDEXED BY "IX_Articles_Id_Published_Language" WHERE 1 = 1 AND a."Id" IN (SELECT x."ArticleId" FROM "Mentions" AS x
            JOIN "Entities" AS e ON e."Id" = x."EntityId" WHERE e."Kind" = @p0 AND e."Slug" = @p1)
            """, personFilter);
        yield return ("search: topic filter (fills SearchMatch)", """
            SELECT a."Id", 0.0, a."Published", a."Language" FROM "Articles" AS a INDEXED BY "IX_Articles_Id_Published_Language" WHERE 1 = 1 AND a."Id" IN (SELECT x."ArticleId" FROM "ArticleTopics" AS x
            JOIN "Topics" AS t ON t."Id" = x."TopicId" WHERE t."Slug" = @p0)
            """, new Dictionary<string, object> { ["@p0"] = topic });
        yield return ("browse: a year (fills SearchMatch)", """
            SELECT a."Id", 0.0, a."Published", a."Language" FROM "Articles" AS a WHERE 1 = 1 AND a."Published" >= @p0 AND a."Published" <= @p1
            """, new Dictionary<string, object> { ["@p0"] = "2015-01-01", ["@p1"] = "2015-12-31" });
        yield return ("browse: newest 500 (facets and page)", """
            SELECT s."Id", s."Rank" FROM temp."SearchMatch" AS s ORDER BY s."Published" DESC NULLS LAST, s."Id" DESC LIMIT 500
            """, none);

        foreach (var statement in PersonPage(archive, person))
        {
            yield return statement;
        }

        foreach (var statement in TopicPage(archive, topic))
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
        var newest = mentions.NewestArticles();
        var latest = newest.Take(500);
        return Rendered(
        [
            ("person page: variants (latest 500 articles)", mentions.Where(m => latest.Contains(m.ArticleId)).Select(m => m.Text).Distinct().OrderBy(t => t)),
            ("person page: articles (page 1 ids)", newest.Skip(0).Take(20)),
            ("person page: months", mentions.Select(m => m.Published).PerMonth()),
            ("person page: quotes", db.Quotes.AsNoTracking().Where(q => q.SpeakerId == id).OrderByDescending(q => q.Published).ThenBy(q => q.Id).Take(200)
                .Select(q => new { q.Id, q.Text, q.ArticleId, q.Article.Title, q.Article.Slug, q.Article.Published })),
            ("person page: companions (latest 500 articles)", db.Mentions.AsNoTracking()
                .Where(m => latest.Contains(m.ArticleId) && m.EntityId != id)
                .GroupBy(m => m.EntityId).Select(g => new { g.Key, Shared = g.Select(m => m.ArticleId).Distinct().Count() })
                .Join(db.Entities.Where(e => e.Kind != EntityKind.Place), g => g.Key, e => e.Id, (g, e) => new { e.Kind, e.Name, e.Slug, g.Shared })
                .OrderByDescending(c => c.Shared).ThenBy(c => c.Name).Take(30)),
        ]);
    }

    /// <summary>The topic page's queries, written as the page writes them.</summary>
    private static List<(string, string, IReadOnlyDictionary<string, object>)> TopicPage(string archive, string slug)
    {
        using var db = new ArchiveDbContext(ArchiveDatabase.Options(archive));
        var id = db.Topics.Where(t => t.Slug == slug).Select(t => t.Id).FirstOrDefault();
        var links = db.ArticleTopics.AsNoTracking().Where(t => t.TopicId == id);
        var newest = links.NewestArticles();
        var latest = newest.Take(500);
        return Rendered(
        [
            ("topic page: articles (page 1 ids)", newest.Skip(0).Take(20)),
            ("topic page: months", links.Select(t => t.Published).PerMonth()),
            ("topic page: people (latest 500 articles)", db.Mentions.AsNoTracking()
                .Where(m => latest.Contains(m.ArticleId))
                .GroupBy(m => m.EntityId).Select(g => new { g.Key, Articles = g.Select(m => m.ArticleId).Distinct().Count() })
                .Join(db.Entities.Where(e => e.Kind != EntityKind.Organisation && e.Kind != EntityKind.Place), g => g.Key, e => e.Id, (g, e) => new { e.Name, e.Slug, g.Articles })
                .OrderByDescending(p => p.Articles).ThenBy(p => p.Name).Take(25)),
        ]);
    }

    private static List<(string, string, IReadOnlyDictionary<string, object>)> Rendered(IReadOnlyList<(string Name, IQueryable Query)> queries) =>
        [.. queries.Select(q => Split(q.Name, q.Query.ToQueryString()))];

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
