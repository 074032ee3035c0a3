using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;
using NewsArchive.Web.Markup;

namespace NewsArchive.Web.Pages.Articles;

public sealed class ArticleModel(ArchiveDbContext db) : PageModel
{
    public sealed record Head(int Id, string Title, string Slug, string Language, DateOnly? Published, string? Dateline, string? Url, string? Author, string Body);
    public sealed record Named(EntityKind Kind, string Name, string Slug, int Count);
    public sealed record TopicLine(string Name, string Slug, double Score);
    public sealed record Related(int Id, string Title, string Slug, DateOnly? Published, int Shared);

    public Head Article { get; private set; } = null!;
    public IReadOnlyList<BodyParagraph> Paragraphs { get; private set; } = [];
    public IReadOnlyList<Named> Entities { get; private set; } = [];
    public IReadOnlyList<TopicLine> Topics { get; private set; } = [];
    public IReadOnlyList<Related> RelatedArticles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new Head(a.Id, a.Title, a.Slug, a.Language, a.Published, a.Dateline, a.Url, a.Author, a.Body))
            .FirstOrDefaultAsync(ct);
        if (article is null)
        {
            return NotFound();
        }

        if (slug != article.Slug)
        {
            return RedirectPermanent(Links.Article(article.Id, article.Slug));
        }

        Article = article;
        var mentions = await db.Mentions.AsNoTracking().Where(m => m.ArticleId == id)
            .Select(m => new MentionMark(m.Start, m.End, m.Entity.Kind, m.Entity.Slug, m.Entity.Name)).ToListAsync(ct);
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.ArticleId == id)
            .Select(q => new QuoteMark(q.Id, q.Start, q.End, q.Speaker == null ? null : q.Speaker.Kind, q.Speaker == null ? null : q.Speaker.Slug, q.Speaker == null ? null : q.Speaker.Name))
            .ToListAsync(ct);
        Paragraphs = BodyMarkup.Split(article.Body, mentions, quotes);
        Entities = [.. mentions.GroupBy(m => (m.Kind, m.Slug, m.Name))
            .Select(g => new Named(g.Key.Kind, g.Key.Name, g.Key.Slug, g.Count()))
            .OrderByDescending(e => e.Count).ThenBy(e => e.Name, StringComparer.Ordinal)];
        Topics = await db.ArticleTopics.AsNoTracking().Where(t => t.ArticleId == id).OrderByDescending(t => t.Score)
            .Select(t => new TopicLine(t.Topic.Name, t.Topic.Slug, t.Score)).ToListAsync(ct);
        RelatedArticles = await RelatedAsync(id, ct);
        return Page();
    }

    /// <summary>Articles sharing the most entities and topics with this one, most recent first among equals.</summary>
    private async Task<List<Related>> RelatedAsync(int id, CancellationToken ct)
    {
        var entityIds = db.Mentions.Where(m => m.ArticleId == id).Select(m => m.EntityId);
        var topicIds = db.ArticleTopics.Where(t => t.ArticleId == id).Select(t => t.TopicId);
        var byEntity = await db.Mentions.Where(m => m.ArticleId != id && entityIds.Contains(m.EntityId))
            .Select(m => new { m.ArticleId, m.EntityId }).Distinct()
            .GroupBy(m => m.ArticleId).Select(g => new { g.Key, Shared = g.Count() })
            .OrderByDescending(g => g.Shared).Take(30).ToListAsync(ct);
        var byTopic = await db.ArticleTopics.Where(t => t.ArticleId != id && topicIds.Contains(t.TopicId))
            .GroupBy(t => t.ArticleId).Select(g => new { g.Key, Shared = g.Count() })
            .OrderByDescending(g => g.Shared).Take(30).ToListAsync(ct);
        var shared = byEntity.Concat(byTopic).GroupBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(x => x.Shared));
        var ids = shared.Keys.ToList();
        var lines = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new Related(a.Id, a.Title, a.Slug, a.Published, 0)).ToListAsync(ct);
        return [.. lines.Select(l => l with { Shared = shared[l.Id] })
            .OrderByDescending(l => l.Shared).ThenByDescending(l => l.Published).ThenBy(l => l.Id).Take(8)];
    }
}
