using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;
using NewsArchive.Web.Markup;

namespace NewsArchive.Web.Pages.Quotes;

[EnableRateLimiting(ArchiveLimits.Policy)]
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public const int PageSize = 30;

    public sealed record Line(int Id, string Text, int ArticleId, string ArticleTitle, string ArticleSlug, DateOnly? Published,
        EntityKind? SpeakerKind, string? SpeakerName, string? SpeakerSlug);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Speaker { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    public int PageNumber { get; private set; } = 1;
    public int Total { get; private set; }
    public IReadOnlyList<Line> Lines { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken ct = default)
    {
        PageNumber = page;
        Problems = QueryProblems.Of(ModelState, PageNumber, Q);
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var quotes = db.Quotes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            quotes = quotes.Where(q => EF.Functions.Like(q.Text, "%" + LikePattern.Escape(Q.Trim()) + "%", LikePattern.EscapeCharacter));
        }

        var speakerKey = NameKey.Of(Speaker ?? "");
        if (speakerKey.Length > 0)
        {
            quotes = quotes.Where(q => q.Speaker != null && q.Speaker.Key.Contains(speakerKey));
        }

        if (From is { } from)
        {
            quotes = quotes.Where(q => q.Article.Published >= from);
        }

        if (To is { } to)
        {
            quotes = quotes.Where(q => q.Article.Published <= to);
        }

        Total = await quotes.CountAsync(ct);
        Lines = await quotes.OrderByDescending(q => q.Article.Published).ThenBy(q => q.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(q => new Line(q.Id, q.Text, q.ArticleId, q.Article.Title, q.Article.Slug, q.Article.Published,
                q.Speaker == null ? null : q.Speaker.Kind, q.Speaker == null ? null : q.Speaker.Name, q.Speaker == null ? null : q.Speaker.Slug))
            .ToListAsync(ct);
    }
}
