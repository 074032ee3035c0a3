using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;

namespace NewsArchive.Web.Pages.Topics;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public sealed record Line(string Name, string Slug, TopicKind Kind, int Articles);

    public IReadOnlyList<Line> Categories { get; private set; } = [];
    public IReadOnlyList<Line> Keyphrases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var topics = await db.Topics.AsNoTracking().Where(t => t.ArticleCount > 0)
            .OrderByDescending(t => t.ArticleCount).ThenBy(t => t.Name).Take(500)
            .Select(t => new Line(t.Name, t.Slug, t.Kind, t.ArticleCount)).ToListAsync(ct);
        Categories = [.. topics.Where(t => t.Kind == TopicKind.Category)];
        Keyphrases = [.. topics.Where(t => t.Kind == TopicKind.Keyphrase)];
    }
}
