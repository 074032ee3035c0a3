using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;

namespace NewsArchive.Web.Pages.Topics;

/// <summary>Every subject category, and the keyphrases (filtered by name, paged, most used first).</summary>
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public const int PageSize = 200;

    public sealed record Line(string Name, string Slug, int Articles);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public int PageNumber { get; private set; } = 1;
    public int KeyphraseTotal { get; private set; }
    public IReadOnlyList<Line> Categories { get; private set; } = [];
    public IReadOnlyList<Line> Keyphrases { get; private set; } = [];
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

        var key = NameKey.Of(Q ?? "");
        var topics = db.Topics.AsNoTracking().Where(t => t.ArticleCount > 0 && t.Key.Contains(key));
        Categories = await topics.Where(t => t.Kind == TopicKind.Category).OrderByDescending(t => t.ArticleCount).ThenBy(t => t.Key)
            .Select(t => new Line(t.Name, t.Slug, t.ArticleCount)).ToListAsync(ct);
        var keyphrases = topics.Where(t => t.Kind == TopicKind.Keyphrase);
        KeyphraseTotal = await keyphrases.CountAsync(ct);
        Keyphrases = await keyphrases.OrderByDescending(t => t.ArticleCount).ThenBy(t => t.Key).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(t => new Line(t.Name, t.Slug, t.ArticleCount)).ToListAsync(ct);
    }
}
