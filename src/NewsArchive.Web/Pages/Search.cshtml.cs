using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsArchive.Storage;

namespace NewsArchive.Web.Pages;

/// <summary>Full-text search with facets; the query string is the whole state, so every result page has its own URL.</summary>
[EnableRateLimiting(ArchiveLimits.Policy)]
public sealed class SearchModel(ArchiveSearch search) : PageModel
{
    public SearchRequest Criteria { get; private set; } = new();
    public SearchPage? Results { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The current query string with <paramref name="key"/>=<paramref name="value"/> added, or removed when present; back to page 1.</summary>
    public string Toggle(string key, string value)
    {
        var pairs = HttpContext.Request.Query.Where(q => q.Key != "page")
            .SelectMany(q => q.Value.Select(v => (q.Key, Value: v ?? ""))).ToList();
        var present = pairs.Contains((key, value));
        pairs = present ? [.. pairs.Where(p => p != (key, value))]
            : [.. pairs.Where(p => !(p.Key == key && key is "language" or "month" or "sort")), (key, value)];
        return "/search" + (pairs.Count == 0 ? "" : "?" + string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
    }

    public bool Has(string key, string value) => HttpContext.Request.Query[key].Contains(value);

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Criteria, Problems) = SearchParameters.Read(HttpContext.Request.Query);
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Results = await search.SearchAsync(Criteria, ct);
    }
}
