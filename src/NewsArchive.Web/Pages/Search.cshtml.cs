using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;

namespace NewsArchive.Web.Pages;

/// <summary>Full-text search with facets; the query string is the whole state, so every result page has its own URL.</summary>
[EnableRateLimiting(ArchiveLimits.Policy)]
public sealed class SearchModel(ArchiveSearch search, ArchiveDbContext db) : PageModel
{
    public SearchRequest Criteria { get; private set; } = new();
    public SearchPage? Results { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    /// <summary>Display names of the entities and topics filtered on, by (query key, slug).</summary>
    public IReadOnlyDictionary<(string Key, string Slug), string> FilterNames { get; private set; } = new Dictionary<(string, string), string>();

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
        var names = new Dictionary<(string, string), string>();
        foreach (var (key, kind, slugs) in new[] { ("person", EntityKind.Person, Criteria.People), ("organisation", EntityKind.Organisation, Criteria.Organisations), ("place", EntityKind.Place, Criteria.Places) })
        {
            var list = slugs.ToList();
            foreach (var e in await db.Entities.AsNoTracking().Where(e => e.Kind == kind && list.Contains(e.Slug)).Select(e => new { e.Slug, e.Name }).ToListAsync(ct))
            {
                names[(key, e.Slug)] = e.Name;
            }
        }

        var topics = Criteria.Topics.ToList();
        foreach (var t in await db.Topics.AsNoTracking().Where(t => topics.Contains(t.Slug)).Select(t => new { t.Slug, t.Name }).ToListAsync(ct))
        {
            names[("topic", t.Slug)] = t.Name;
        }

        FilterNames = names;
    }
}
