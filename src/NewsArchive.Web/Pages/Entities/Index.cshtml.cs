using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;
using NewsArchive.Web.Markup;

namespace NewsArchive.Web.Pages.Entities;

/// <summary>People, organisations or places (the route's <c>kind</c>), filtered by name and sorted.</summary>
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Line(string Name, string Slug, int Mentions, int Articles);

    public EntityKind Kind { get; private set; }
    public string Segment { get; private set; } = "";
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    public int PageNumber { get; private set; } = 1;
    public int Total { get; private set; }
    public IReadOnlyList<Line> Lines { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, [FromQuery(Name = "page")] int page = 1, CancellationToken ct = default)
    {
        PageNumber = page;
        if (Links.KindOf(kind) is not { } entityKind)
        {
            return NotFound();
        }

        (Kind, Segment) = (entityKind, kind);
        Problems = QueryProblems.Of(ModelState, PageNumber, Q);
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var query = db.Entities.AsNoTracking().Where(e => e.Kind == entityKind);
        var key = NameKey.Of(Q ?? "");
        if (key.Length > 0)
        {
            query = query.Where(e => e.Key.Contains(key));
        }

        Total = await query.CountAsync(ct);
        query = Sort == "name" ? query.OrderBy(e => e.Key) : query.OrderByDescending(e => e.MentionCount).ThenBy(e => e.Key);
        Lines = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new Line(e.Name, e.Slug, e.MentionCount, e.ArticleCount)).ToListAsync(ct);
        return Page();
    }

    public static string Heading(EntityKind kind) => kind switch
    {
        EntityKind.Person => Text.Ui.T("People"),
        EntityKind.Organisation => Text.Ui.T("Organisations"),
        _ => Text.Ui.T("Places"),
    };
}
