using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;
using NewsArchive.Web.Markup;

namespace NewsArchive.Web.Pages.Entities;

/// <summary>One person, organisation or place: variants, a timeline, its articles, its quotes and its company.</summary>
public sealed class EntityModel(ArchiveDbContext db) : PageModel
{
    /// <summary>Articles a page: the list pages through all of the entity's articles, newest first.</summary>
    public const int PageSize = 20;

    /// <summary>Companions are counted over the entity's latest this many articles, so the page costs the same for everyone.</summary>
    public const int CompanionArticles = 500;

    public sealed record Head(int Id, EntityKind Kind, string Name, string Slug, int Mentions, int Articles);
    public sealed record ArticleLine(int Id, string Title, string Slug, DateOnly? Published);
    public sealed record QuoteLine(int Id, string Text, int ArticleId, string ArticleTitle, string ArticleSlug, DateOnly? Published);
    public sealed record Companion(EntityKind Kind, string Name, string Slug, int Shared);

    public Head Entity { get; private set; } = null!;
    public string Segment { get; private set; } = "";
    [BindProperty(SupportsGet = true)] public string? Quote { get; set; }
    public IReadOnlyList<string> Variants { get; private set; } = [];
    public BarChart Chart { get; private set; } = BarChart.OfMonths(new Dictionary<string, int>());
    public IReadOnlyList<ArticleLine> ArticleLines { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public IReadOnlyList<QuoteLine> Quotes { get; private set; } = [];
    public IReadOnlyList<Companion> Companions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, string slug, [FromQuery(Name = "page")] int page = 1, CancellationToken ct = default)
    {
        var entityKind = Links.KindOf(kind);
        var entity = await db.Entities.AsNoTracking().Where(e => e.Kind == entityKind && e.Slug == slug)
            .Select(e => new Head(e.Id, e.Kind, e.Name, e.Slug, e.MentionCount, e.ArticleCount)).FirstOrDefaultAsync(ct);
        if (entity is null)
        {
            return NotFound();
        }

        (Entity, Segment) = (entity, kind);
        var mentions = db.Mentions.AsNoTracking().Where(m => m.EntityId == entity.Id);

        // Everything below reads the (EntityId, Published, ArticleId) index in order: a person named in tens of
        // thousands of articles costs a page of them, their latest articles and one count per day.
        var newest = mentions.NewestArticles();
        var latest = newest.Take(CompanionArticles);
        Variants = await mentions.Where(m => latest.Contains(m.ArticleId)).Select(m => m.Text).Distinct().OrderBy(t => t).ToListAsync(ct);

        PageCount = Math.Max(1, (entity.Articles + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
        var pageIds = await newest.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        ArticleLines = await db.Articles.AsNoTracking().Where(a => pageIds.Contains(a.Id))
            .Select(a => new ArticleLine(a.Id, a.Title, a.Slug, a.Published)).InOrderOfAsync(pageIds, a => a.Id, ct);

        // Mentions per month.
        Chart = BarChart.OfMonths(await mentions.Select(m => m.Published).CountByMonthAsync(ct));
        Quotes = await QuotesOfAsync(db, entity.Id, Quote, 200, ct);

        // Companions over the latest articles: grouped by entity first, so Entities is joined once per companion
        // rather than once per mention.
        var shared = await db.Mentions.AsNoTracking()
            .Where(m => latest.Contains(m.ArticleId) && m.EntityId != entity.Id)
            .GroupBy(m => m.EntityId).Select(g => new { g.Key, Shared = g.Select(m => m.ArticleId).Distinct().Count() })
            .Join(db.Entities.Where(e => e.Kind != EntityKind.Place), g => g.Key, e => e.Id, (g, e) => new { e.Kind, e.Name, e.Slug, g.Shared })
            .OrderByDescending(c => c.Shared).ThenBy(c => c.Name).Take(30).ToListAsync(ct);
        Companions = [.. shared.Select(c => new Companion(c.Kind, c.Name, c.Slug, c.Shared))
            .OrderByDescending(c => c.Shared).ThenBy(c => c.Name, StringComparer.Ordinal)];
        return Page();
    }

    /// <summary>
    /// The first <paramref name="take"/> quotes an entity said, newest first (an article's quotes in reading order),
    /// optionally those containing <paramref name="text"/>; shared with the CSV export and the API. Read in order from
    /// the (SpeakerId, Published, Id) index, so only the quotes returned are fetched with their article's title.
    /// </summary>
    public static async Task<List<QuoteLine>> QuotesOfAsync(ArchiveDbContext db, int speakerId, string? text, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Quotes.AsNoTracking().Where(q => q.SpeakerId == speakerId).Matching(text, null)
            .OrderByDescending(q => q.Published).ThenBy(q => q.Id).Take(take)
            .Select(q => new QuoteLine(q.Id, q.Text, q.ArticleId, q.Article.Title, q.Article.Slug, q.Article.Published)).ToListAsync(ct);
    }
}
