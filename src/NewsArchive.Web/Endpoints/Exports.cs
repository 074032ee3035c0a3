using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;
using NewsArchive.Web.Markup;

namespace NewsArchive.Web.Endpoints;

/// <summary>CSV exports (search results, an entity's quotes) and Atom feeds (a search, an entity, a topic).</summary>
public static class Exports
{
    public const int MaxCsvRows = 10_000;
    public const int FeedSize = 50;

    private sealed record Row(int Id, string Title, string Slug, DateOnly? Published, string Language, string? Dateline, string? Url, string Body, DateTimeOffset UpdatedAt);

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("").RequireRateLimiting(ArchiveLimits.Policy).ExcludeFromDescription();
        exports.MapGet("/search.csv", SearchCsvAsync);
        exports.MapGet("/search.atom", SearchAtomAsync);
        exports.MapGet("/{kind:regex(^(people|organisations|places)$)}/{slug}/quotes.csv", QuotesCsvAsync);
        exports.MapGet("/{kind:regex(^(people|organisations|places)$)}/{slug}/feed.atom", EntityAtomAsync);
        exports.MapGet("/topics/{slug}/feed.atom", TopicAtomAsync);
        return app;
    }

    private static async Task<IResult> SearchCsvAsync(HttpContext http, ArchiveSearch search, CancellationToken ct)
    {
        var (request, problems) = SearchParameters.Read(http.Request.Query);
        if (problems.Count > 0)
        {
            return Results.Problem(statusCode: 400, title: "Bad request", detail: string.Join(" ", problems));
        }

        var rows = await Sorted(search.Matching(request), request.Sort).Take(MaxCsvRows).Select(ToRow).ToListAsync(ct);
        var origin = Origin(http);
        var csv = Csv.Document(rows.Select(r => new[] { r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ArchiveApi.Iso(r.Published), r.Title, r.Language, r.Dateline, r.Url, origin + Links.Article(r.Id, r.Slug) })
            .Prepend(["id", "published", "title", "language", "dateline", "source_url", "link"]));
        return CsvFile(csv, "search.csv");
    }

    private static async Task<IResult> QuotesCsvAsync(HttpContext http, ArchiveDbContext db, string kind, string slug, string? quote, CancellationToken ct)
    {
        var entityKind = Links.KindOf(kind);
        var entity = await db.Entities.AsNoTracking().Where(e => e.Kind == entityKind && e.Slug == slug).Select(e => new { e.Id, e.Name }).FirstOrDefaultAsync(ct);
        if (entity is null)
        {
            return Results.NotFound();
        }

        var quotes = await Pages.Entities.EntityModel.QuotesOfAsync(db, entity.Id, quote, MaxCsvRows, ct);
        var origin = Origin(http);
        var csv = Csv.Document(quotes.Select(q => new[] { entity.Name, q.Text, ArchiveApi.Iso(q.Published), q.ArticleTitle, origin + Links.Article(q.ArticleId, q.ArticleSlug) + "#quote-" + q.Id })
            .Prepend(["speaker", "quote", "published", "article", "link"]));
        return CsvFile(csv, slug + "-quotes.csv");
    }

    private static async Task<IResult> SearchAtomAsync(HttpContext http, ArchiveSearch search, CancellationToken ct)
    {
        var (request, problems) = SearchParameters.Read(http.Request.Query);
        if (problems.Count > 0)
        {
            return Results.Problem(statusCode: 400, title: "Bad request", detail: string.Join(" ", problems));
        }

        var rows = await Sorted(search.Matching(request), SearchSort.Date).Take(FeedSize).Select(ToRow).ToListAsync(ct);
        var query = http.Request.QueryString.Value ?? "";
        return Feed(http, "NewsArchive – " + (string.IsNullOrWhiteSpace(request.Query) ? "search" : request.Query), "/search.atom" + query, "/search" + query, rows);
    }

    private static async Task<IResult> EntityAtomAsync(HttpContext http, ArchiveDbContext db, string kind, string slug, CancellationToken ct)
    {
        var entityKind = Links.KindOf(kind);
        var entity = await db.Entities.AsNoTracking().Where(e => e.Kind == entityKind && e.Slug == slug).Select(e => new { e.Id, e.Name }).FirstOrDefaultAsync(ct);
        if (entity is null)
        {
            return Results.NotFound();
        }

        var rows = await Sorted(db.Articles.AsNoTracking().Where(a => a.Mentions.Any(m => m.EntityId == entity.Id)), SearchSort.Date)
            .Take(FeedSize).Select(ToRow).ToListAsync(ct);
        var page = Links.Entity(entityKind ?? EntityKind.Person, slug);
        return Feed(http, "NewsArchive – " + entity.Name, page + "/feed.atom", page, rows);
    }

    private static async Task<IResult> TopicAtomAsync(HttpContext http, ArchiveDbContext db, string slug, CancellationToken ct)
    {
        var topic = await db.Topics.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(ct);
        if (topic is null)
        {
            return Results.NotFound();
        }

        var rows = await Sorted(db.Articles.AsNoTracking().Where(a => a.Topics.Any(t => t.TopicId == topic.Id)), SearchSort.Date)
            .Take(FeedSize).Select(ToRow).ToListAsync(ct);
        var page = Links.Topic(slug);
        return Feed(http, "NewsArchive – " + topic.Name, page + "/feed.atom", page, rows);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Article, Row>> ToRow =
        a => new Row(a.Id, a.Title, a.Slug, a.Published, a.Language, a.Dateline, a.Url, a.Body.Substring(0, 400), a.UpdatedAt);

    private static IQueryable<Article> Sorted(IQueryable<Article> articles, SearchSort sort) =>
        sort == SearchSort.Date
            ? articles.OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            : articles.OrderBy(a => a.Id);

    private static IResult Feed(HttpContext http, string title, string self, string alternate, List<Row> rows)
    {
        var origin = Origin(http);
        var entries = rows.Select(r => new AtomEntry(origin + Links.Article(r.Id, r.Slug), r.Title, origin + Links.Article(r.Id, r.Slug), r.Published, r.UpdatedAt, r.Body)).ToList();
        return Results.Text(AtomFeed.Write(origin + self, title, origin + self, origin + alternate, entries), "application/atom+xml; charset=utf-8");
    }

    // A byte-order mark, so spreadsheets open the UTF-8 (accents, guillemets) as UTF-8.
    private static IResult CsvFile(string csv, string name) =>
        Results.File([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8", name);

    private static string Origin(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
