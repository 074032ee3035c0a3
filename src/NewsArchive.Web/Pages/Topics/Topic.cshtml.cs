using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;
using NewsArchive.Web.Markup;

namespace NewsArchive.Web.Pages.Topics;

public sealed class TopicModel(ArchiveDbContext db) : PageModel
{
    public sealed record Head(int Id, string Name, string Slug, TopicKind Kind, int Articles);
    public sealed record ArticleLine(int Id, string Title, string Slug, DateOnly? Published);
    public sealed record Person(string Name, string Slug, int Articles);

    public Head Topic { get; private set; } = null!;
    public IReadOnlyList<ArticleLine> ArticleLines { get; private set; } = [];
    public IReadOnlyList<Person> People { get; private set; } = [];
    public BarChart Chart { get; private set; } = BarChart.OfMonths(new Dictionary<string, int>());

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var topic = await db.Topics.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new Head(t.Id, t.Name, t.Slug, t.Kind, t.ArticleCount)).FirstOrDefaultAsync(ct);
        if (topic is null)
        {
            return NotFound();
        }

        Topic = topic;
        var articles = db.ArticleTopics.AsNoTracking().Where(t => t.TopicId == topic.Id).Select(t => t.Article);
        ArticleLines = await articles.OrderByDescending(a => a.Published).ThenByDescending(a => a.Id).Take(200)
            .Select(a => new ArticleLine(a.Id, a.Title, a.Slug, a.Published)).ToListAsync(ct);
        var months = await articles.Where(a => a.Published != null).Select(a => a.Published!.Value).ToListAsync(ct);
        Chart = BarChart.OfMonths(months.GroupBy(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count()));
        var articleIds = articles.Select(a => a.Id);
        var shared = await db.Mentions.AsNoTracking()
            .Where(m => articleIds.Contains(m.ArticleId) && m.Entity.Kind == EntityKind.Person)
            .Select(m => new { m.EntityId, m.ArticleId }).Distinct()
            .GroupBy(m => m.EntityId).Select(g => new { g.Key, Articles = g.Count() })
            .OrderByDescending(g => g.Articles).Take(25).ToDictionaryAsync(g => g.Key, g => g.Articles, ct);
        var ids = shared.Keys.ToList();
        var people = await db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, e.Slug }).ToListAsync(ct);
        People = [.. people.Select(p => new Person(p.Name, p.Slug, shared[p.Id]))
            .OrderByDescending(p => p.Articles).ThenBy(p => p.Name, StringComparer.Ordinal)];
        return Page();
    }
}
