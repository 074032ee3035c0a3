using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;

namespace NewsArchive.Web.Pages;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public sealed record Counts(int Articles, int People, int Organisations, int Places, int Quotes, int Topics);
    public sealed record ArticleLine(int Id, string Title, string Slug, DateOnly? Published, string? Dateline);
    public sealed record Named(string Name, string Slug, int Count);

    public Counts Totals { get; private set; } = new(0, 0, 0, 0, 0, 0);
    public DateOnly? First { get; private set; }
    public DateOnly? Last { get; private set; }
    public IReadOnlyList<ArticleLine> Latest { get; private set; } = [];
    public IReadOnlyList<Named> TopPeople { get; private set; } = [];
    public IReadOnlyList<Named> TopOrganisations { get; private set; } = [];
    public IReadOnlyList<Named> TopTopics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var kinds = await db.Entities.AsNoTracking().GroupBy(e => e.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() }).ToDictionaryAsync(k => k.Kind, k => k.Count, ct);
        Totals = new Counts(
            await db.Articles.CountAsync(ct),
            kinds.GetValueOrDefault(EntityKind.Person),
            kinds.GetValueOrDefault(EntityKind.Organisation),
            kinds.GetValueOrDefault(EntityKind.Place),
            await db.Quotes.CountAsync(ct),
            await db.Topics.CountAsync(ct));
        First = await db.Articles.MinAsync(a => a.Published, ct);
        Last = await db.Articles.MaxAsync(a => a.Published, ct);
        Latest = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id).Take(10)
            .Select(a => new ArticleLine(a.Id, a.Title, a.Slug, a.Published, a.Dateline)).ToListAsync(ct);
        TopPeople = await Top(EntityKind.Person, ct);
        TopOrganisations = await Top(EntityKind.Organisation, ct);
        TopTopics = await db.Topics.AsNoTracking().OrderByDescending(t => t.ArticleCount).ThenBy(t => t.Name).Take(12)
            .Select(t => new Named(t.Name, t.Slug, t.ArticleCount)).ToListAsync(ct);
    }

    private Task<List<Named>> Top(EntityKind kind, CancellationToken ct) =>
        db.Entities.AsNoTracking().Where(e => e.Kind == kind)
            .OrderByDescending(e => e.MentionCount).ThenBy(e => e.Name).Take(10)
            .Select(e => new Named(e.Name, e.Slug, e.MentionCount)).ToListAsync(ct);
}
