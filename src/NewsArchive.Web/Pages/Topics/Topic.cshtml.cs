using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;
using NewsArchive.Web.Markup;

namespace NewsArchive.Web.Pages.Topics;

/// <summary>One topic: a timeline, its articles a page at a time, and the people of its latest articles.</summary>
public sealed class TopicModel(ArchiveDbContext db) : PageModel
{
    /// <summary>Articles a page: the list pages through all of the topic's articles, newest first.</summary>
    public const int PageSize = 20;

    /// <summary>People are counted over the topic's latest this many articles, so the page costs the same for every topic.</summary>
    public const int PeopleArticles = 500;

    public sealed record Head(int Id, string Name, string Slug, TopicKind Kind, int Articles);
    public sealed record ArticleLine(int Id, string Title, string Slug, DateOnly? Published);
    public sealed record Person(string Name, string Slug, int Articles);

    public Head Topic { get; private set; } = null!;
    public IReadOnlyList<ArticleLine> ArticleLines { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public IReadOnlyList<Person> People { get; private set; } = [];
    public BarChart Chart { get; private set; } = BarChart.OfMonths(new Dictionary<string, int>());

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int page = 1, CancellationToken ct = default)
    {
        var topic = await db.Topics.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new Head(t.Id, t.Name, t.Slug, t.Kind, t.ArticleCount)).FirstOrDefaultAsync(ct);
        if (topic is null)
        {
            return NotFound();
        }

        Topic = topic;
        // Everything below reads the (TopicId, Published, ArticleId) index in order: a page of the topic's articles,
        // its latest articles and one count per day, whatever the topic's size.
        var links = db.ArticleTopics.AsNoTracking().Where(t => t.TopicId == topic.Id);
        var newest = links.NewestArticles();
        PageCount = Math.Max(1, (topic.Articles + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
        var pageIds = await newest.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        ArticleLines = await db.Articles.AsNoTracking().Where(a => pageIds.Contains(a.Id))
            .Select(a => new ArticleLine(a.Id, a.Title, a.Slug, a.Published)).InOrderOfAsync(pageIds, a => a.Id, ct);

        // Articles per month.
        Chart = BarChart.OfMonths(await links.Select(t => t.Published).CountByMonthAsync(ct));

        // People of the latest articles: grouped by entity first, so Entities is joined once per person rather than
        // once per mention. People are "neither organisation nor place": written as Kind = Person, SQLite walks every
        // person of the (Kind, ArticleCount) index instead of looking each one up by id.
        var latest = newest.Take(PeopleArticles);
        var people = await db.Mentions.AsNoTracking()
            .Where(m => latest.Contains(m.ArticleId))
            .GroupBy(m => m.EntityId).Select(g => new { g.Key, Articles = g.Select(m => m.ArticleId).Distinct().Count() })
            .Join(db.Entities.Where(e => e.Kind != EntityKind.Organisation && e.Kind != EntityKind.Place), g => g.Key, e => e.Id, (g, e) => new { e.Name, e.Slug, g.Articles })
            .OrderByDescending(p => p.Articles).ThenBy(p => p.Name).Take(25).ToListAsync(ct);
        People = [.. people.Select(p => new Person(p.Name, p.Slug, p.Articles))
            .OrderByDescending(p => p.Articles).ThenBy(p => p.Name, StringComparer.Ordinal)];
        return Page();
    }
}
