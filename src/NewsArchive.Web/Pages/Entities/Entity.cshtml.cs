using System.Globalization;
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
    public IReadOnlyList<QuoteLine> Quotes { get; private set; } = [];
    public IReadOnlyList<Companion> Companions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, string slug, CancellationToken ct)
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
        Variants = await mentions.Select(m => m.Text).Distinct().OrderBy(t => t).ToListAsync(ct);
        ArticleLines = await db.Articles.AsNoTracking().Where(a => a.Mentions.Any(m => m.EntityId == entity.Id))
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Select(a => new ArticleLine(a.Id, a.Title, a.Slug, a.Published)).ToListAsync(ct);
        var months = await mentions.Where(m => m.Article.Published != null).Select(m => m.Article.Published!.Value).ToListAsync(ct);
        Chart = BarChart.OfMonths(months.GroupBy(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count()));
        Quotes = await QuotesOf(db, entity.Id, Quote).Take(200).ToListAsync(ct);
        var articleIds = mentions.Select(m => m.ArticleId);
        var shared = await db.Mentions.AsNoTracking()
            .Where(m => articleIds.Contains(m.ArticleId) && m.EntityId != entity.Id && m.Entity.Kind != EntityKind.Place)
            .Select(m => new { m.EntityId, m.ArticleId }).Distinct()
            .GroupBy(m => m.EntityId).Select(g => new { g.Key, Shared = g.Count() })
            .OrderByDescending(g => g.Shared).Take(30).ToDictionaryAsync(g => g.Key, g => g.Shared, ct);
        var ids = shared.Keys.ToList();
        var companions = await db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Kind, e.Name, e.Slug }).ToListAsync(ct);
        Companions = [.. companions.Select(c => new Companion(c.Kind, c.Name, c.Slug, shared[c.Id]))
            .OrderByDescending(c => c.Shared).ThenBy(c => c.Name, StringComparer.Ordinal)];
        return Page();
    }

    /// <summary>The quotes an entity said, newest first, optionally those containing <paramref name="text"/>; shared with the CSV export.</summary>
    public static IQueryable<QuoteLine> QuotesOf(ArchiveDbContext db, int speakerId, string? text)
    {
        ArgumentNullException.ThrowIfNull(db);
        var quotes = db.Quotes.AsNoTracking().Where(q => q.SpeakerId == speakerId);
        if (!string.IsNullOrWhiteSpace(text))
        {
            quotes = quotes.Where(q => EF.Functions.Like(q.Text, "%" + LikePattern.Escape(text.Trim()) + "%", LikePattern.EscapeCharacter));
        }

        return quotes.OrderByDescending(q => q.Article.Published).ThenBy(q => q.Id)
            .Select(q => new QuoteLine(q.Id, q.Text, q.ArticleId, q.Article.Title, q.Article.Slug, q.Article.Published));
    }
}
