using System.Data.Common;
using System.Text;
using NewsArchive.Extraction;

namespace NewsArchive.Storage;

/// <summary>The FROM and WHERE clauses of a search request, with their parameters: user values are never in the SQL text.</summary>
internal sealed class SearchFilter
{
    private readonly List<DbParameter> parameters = [];
    private readonly ArchiveEngine engine;

    private SearchFilter(ArchiveEngine engine)
    {
        this.engine = engine;
    }

    public IReadOnlyList<DbParameter> Parameters => parameters;

    /// <summary>The rank of a matching article (lower is better), its parameters added to this filter's.</summary>
    public string RankSql(SearchQuery query) => engine.RankSql(query, Add);

    /// <summary><c>FROM ... WHERE ...</c>: the articles as <c>a</c>, joined to the search table when there is a query.</summary>
    public string FromWhereSql { get; private set; } = "";

    /// <summary>A <c>SELECT a."Id"</c> of every matching article.</summary>
    public string MatchSetSql => """SELECT a."Id" """ + FromWhereSql;

    /// <summary>No query and no filter: the whole archive.</summary>
    public bool IsEverything { get; private set; }

    public static SearchFilter For(ArchiveEngine engine, SearchRequest request, SearchQuery? query)
    {
        var filter = new SearchFilter(engine);
        var where = new StringBuilder(query is null ? "1 = 1" : engine.MatchSql(query, filter.Add));
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

        // So far only entity and topic filters: they list the articles by id.
        var byId = filtered;
        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            where.Append(""" AND a."Language" = """).Append(filter.Add(request.Language.Trim()));
            filtered = true;
        }

        var (first, last) = DateRange(request);
        if (first is not null)
        {
            where.Append(""" AND a."Published" >= """).Append(filter.Add(first.Value));
            filtered = true;
        }

        if (last is not null)
        {
            where.Append(""" AND a."Published" <= """).Append(filter.Add(last.Value));
            filtered = true;
        }

        if (request.Year is null && request.Month is >= 1 and <= 12)
        {
            where.Append(" AND ").Append(engine.MonthNumberEquals("""a."Published" """, filter.Add(engine.MonthNumber(request.Month.Value))));
            filtered = true;
        }

        var from = query is null ? engine.ArticlesFromSql(byId) : engine.SearchFromSql;
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

    private string Add(object value)
    {
        var name = "@p" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameters.Add(engine.Parameter(name, value));
        return name;
    }
}
