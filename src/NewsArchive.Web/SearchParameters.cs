using System.Globalization;
using NewsArchive.Storage;
using static NewsArchive.Web.Text.Ui;

namespace NewsArchive.Web;

/// <summary>
/// Reads a search from the query string, shared by the search page, <c>/api/articles</c>, the CSV export and the
/// Atom feed: <c>q, person, organisation, place, topic</c> (each repeatable), <c>language, month (yyyy-MM), from,
/// to (yyyy-MM-dd), sort (relevance|date), page</c>. A value it cannot read becomes a problem in words, never an exception.
/// </summary>
public static class SearchParameters
{
    public static readonly string[] FacetKeys = ["person", "organisation", "place", "topic", "language", "month"];

    public static (SearchRequest Request, IReadOnlyList<string> Problems) Read(IQueryCollection query, int pageSize = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<string>();
        var text = query["q"].ToString();
        if (text.Length > QueryProblems.MaxQueryLength)
        {
            problems.Add(T("The query is too long: at most {0} characters.", QueryProblems.MaxQueryLength));
        }

        var page = 1;
        if (query.ContainsKey("page") && (!int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            problems.Add(T("Page numbers start at 1."));
        }

        var from = Date(query, "from", problems);
        var to = Date(query, "to", problems);
        int? year = null, month = null;
        var monthText = query["month"].ToString();
        if (monthText.Length > 0)
        {
            if (DateOnly.TryParseExact(monthText + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
            {
                (year, month) = (m.Year, m.Month);
            }
            else
            {
                problems.Add(T("Dates are written YYYY-MM-DD, for example 2025-02-04."));
            }
        }

        var request = new SearchRequest
        {
            Query = text,
            People = Values(query, "person"),
            Organisations = Values(query, "organisation"),
            Places = Values(query, "place"),
            Topics = Values(query, "topic"),
            Language = query["language"].ToString() is { Length: > 0 } language ? language : null,
            From = from,
            To = to,
            Year = year,
            Month = month,
            Sort = query["sort"] == "date" ? SearchSort.Date : SearchSort.Relevance,
            Page = Math.Max(1, page),
            PageSize = pageSize,
        };
        return (request, problems.Distinct(StringComparer.Ordinal).ToList());
    }

    private static string[] Values(IQueryCollection query, string key) =>
        [.. query[key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).Take(10)];

    private static DateOnly? Date(IQueryCollection query, string key, List<string> problems)
    {
        var value = query[key].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(T("Dates are written YYYY-MM-DD, for example 2025-02-04."));
        return null;
    }
}
