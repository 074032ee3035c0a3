using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;
using NewsArchive.Web.Markup;

namespace NewsArchive.Web.Endpoints;

/// <summary>The JSON API: the same archive as the pages, read-only, rate-limited, described by /openapi/v1.json.</summary>
public static class ArchiveApi
{
    public const int MaxPageSize = 100;

    public sealed record ResultPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);
    public sealed record EntityLine(string Name, string Slug, string Url, int Mentions, int Articles);
    public sealed record ArticleLine(int Id, string Title, string Url, string? Published, string Language);
    public sealed record EntityDetail(string Kind, string Name, string Slug, string Url, int Mentions, int Articles,
        IReadOnlyList<string> Variants, IReadOnlyList<ArticleLine> ArticleList, IReadOnlyList<QuoteLine> Quotes);
    public sealed record TopicLine(string Name, string Slug, string Url, string Kind, int Articles);
    public sealed record TopicDetail(string Name, string Slug, string Url, string Kind, int Articles, IReadOnlyList<ArticleLine> ArticleList);
    public sealed record QuoteLine(int Id, string Text, string? Speaker, string? SpeakerUrl, int ArticleId, string ArticleUrl, string? Published);

    public static IEndpointRouteBuilder MapArchiveApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(ArchiveLimits.Policy).WithTags("Archive");
        api.MapGet("/articles", SearchAsync).WithName("SearchArticles");
        api.MapGet("/articles/{id:int}", ArticleAsync).WithName("GetArticle");
        foreach (var kind in new[] { EntityKind.Person, EntityKind.Organisation, EntityKind.Place })
        {
            api.MapGet("/" + Links.Segment(kind), (ArchiveDbContext db, string? q, string? sort, int? page, int? pageSize, CancellationToken ct) =>
                EntitiesAsync(db, kind, q, sort, page, pageSize, ct)).WithName("List" + kind);
            api.MapGet("/" + Links.Segment(kind) + "/{slug}", (ArchiveDbContext db, string slug, CancellationToken ct) =>
                EntityAsync(db, kind, slug, ct)).WithName("Get" + kind);
        }

        api.MapGet("/topics", TopicsAsync).WithName("ListTopics");
        api.MapGet("/topics/{slug}", TopicAsync).WithName("GetTopic");
        api.MapGet("/quotes", QuotesAsync).WithName("SearchQuotes");
        return app;
    }

    public sealed record Hit(int Id, string Title, string Url, string? Published, string Language, string? Dateline, string Snippet);
    public sealed record SearchResult(int Total, int Page, int PageSize, int PageCount, string? Error, IReadOnlyList<Hit> Items, SearchFacets Facets);

    /// <summary>Full-text search: the parameters of the search page (q, person, organisation, place, topic, language, month, from, to, sort, page) plus pageSize.</summary>
    private static async Task<IResult> SearchAsync(HttpContext http, ArchiveSearch search, int? pageSize, CancellationToken ct)
    {
        if (BadPage(1, pageSize) is { } bad)
        {
            return bad;
        }

        var (request, problems) = SearchParameters.Read(http.Request.Query, pageSize ?? 20);
        if (problems.Count > 0)
        {
            return Results.Problem(statusCode: 400, title: "Bad request", detail: string.Join(" ", problems));
        }

        var page = await search.SearchAsync(request, ct);
        return Results.Ok(new SearchResult(page.Total, page.Page, page.PageSize, page.PageCount, page.Error,
            [.. page.Hits.Select(h => new Hit(h.ArticleId, h.Title, Links.Article(h.ArticleId, h.Slug), Iso(h.Published), h.Language, h.Dateline,
                string.Concat(h.Snippet.Select(s => s.Text))))],
            page.Facets));
    }

    internal static IResult? BadPage(int? page, int? pageSize) =>
        page is < 1 ? Results.Problem(statusCode: 400, title: "Bad request", detail: "page starts at 1.")
        : pageSize is < 1 or > MaxPageSize ? Results.Problem(statusCode: 400, title: "Bad request", detail: $"pageSize is between 1 and {MaxPageSize}.")
        : null;

    private static async Task<IResult> ArticleAsync(ArchiveDbContext db, int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Mentions).ThenInclude(m => m.Entity)
            .Include(a => a.Quotes).ThenInclude(q => q.Speaker)
            .Include(a => a.Topics).ThenInclude(t => t.Topic)
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        return article is null ? Results.Problem(statusCode: 404, title: "Not found", detail: $"No article {id}.")
            : Results.Json(ArticleRecord.From(article), ArticleRecord.JsonOptions);
    }

    private static async Task<IResult> EntitiesAsync(ArchiveDbContext db, EntityKind kind, string? q, string? sort, int? page, int? pageSize, CancellationToken ct)
    {
        if (BadPage(page, pageSize) is { } bad)
        {
            return bad;
        }

        var (number, size) = (page ?? 1, pageSize ?? 50);
        var query = db.Entities.AsNoTracking().Where(e => e.Kind == kind).Named(q);
        var total = await query.CountAsync(ct);
        var items = await query.Sorted(sort).Skip((number - 1) * size).Take(size)
            .Select(e => new { e.Name, e.Slug, e.MentionCount, e.ArticleCount }).ToListAsync(ct);
        return Results.Ok(new ResultPage<EntityLine>(total, number, size,
            [.. items.Select(e => new EntityLine(e.Name, e.Slug, Links.Entity(kind, e.Slug), e.MentionCount, e.ArticleCount))]));
    }

    private static async Task<IResult> EntityAsync(ArchiveDbContext db, EntityKind kind, string slug, CancellationToken ct)
    {
        var entity = await db.Entities.AsNoTracking().FirstOrDefaultAsync(e => e.Kind == kind && e.Slug == slug, ct);
        if (entity is null)
        {
            return Results.Problem(statusCode: 404, title: "Not found", detail: $"No {Links.Facet(kind)} '{slug}'.");
        }

        var variants = await db.Mentions.AsNoTracking().Where(m => m.EntityId == entity.Id).Select(m => m.Text).Distinct().OrderBy(t => t).ToListAsync(ct);
        var articleIds = await db.Mentions.Where(m => m.EntityId == entity.Id).NewestArticles().Take(200).ToListAsync(ct);
        var articles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Slug, a.Published, a.Language }).InOrderOfAsync(articleIds, a => a.Id, ct);
        var quotes = await Pages.Entities.EntityModel.QuotesOfAsync(db, entity.Id, null, 200, ct);
        return Results.Ok(new EntityDetail(Links.Facet(kind), entity.Name, entity.Slug, Links.Entity(kind, entity.Slug), entity.MentionCount, entity.ArticleCount,
            variants,
            [.. articles.Select(a => new ArticleLine(a.Id, a.Title, Links.Article(a.Id, a.Slug), Iso(a.Published), a.Language))],
            [.. quotes.Select(q => new QuoteLine(q.Id, q.Text, entity.Name, Links.Entity(kind, entity.Slug), q.ArticleId, Links.Article(q.ArticleId, q.ArticleSlug), Iso(q.Published)))]));
    }

    private static async Task<IResult> TopicsAsync(ArchiveDbContext db, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        if (BadPage(page, pageSize) is { } bad)
        {
            return bad;
        }

        var (number, size) = (page ?? 1, pageSize ?? 50);
        var query = db.Topics.AsNoTracking().Where(t => t.ArticleCount > 0);
        var key = NameKey.Of(q ?? "");
        if (key.Length > 0)
        {
            query = query.Where(t => t.Key.Contains(key));
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(t => t.ArticleCount).ThenBy(t => t.Key).Skip((number - 1) * size).Take(size)
            .Select(t => new { t.Name, t.Slug, t.Kind, t.ArticleCount }).ToListAsync(ct);
        return Results.Ok(new ResultPage<TopicLine>(total, number, size,
            [.. items.Select(t => new TopicLine(t.Name, t.Slug, Links.Topic(t.Slug), TopicKindName(t.Kind), t.ArticleCount))]));
    }

    private static async Task<IResult> TopicAsync(ArchiveDbContext db, string slug, CancellationToken ct)
    {
        var topic = await db.Topics.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, ct);
        if (topic is null)
        {
            return Results.Problem(statusCode: 404, title: "Not found", detail: $"No topic '{slug}'.");
        }

        var articles = await db.ArticleTopics.AsNoTracking().Where(t => t.TopicId == topic.Id).Select(t => t.Article)
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id).Take(200)
            .Select(a => new { a.Id, a.Title, a.Slug, a.Published, a.Language }).ToListAsync(ct);
        return Results.Ok(new TopicDetail(topic.Name, topic.Slug, Links.Topic(topic.Slug), TopicKindName(topic.Kind), topic.ArticleCount,
            [.. articles.Select(a => new ArticleLine(a.Id, a.Title, Links.Article(a.Id, a.Slug), Iso(a.Published), a.Language))]));
    }

    private static async Task<IResult> QuotesAsync(ArchiveDbContext db, string? q, string? speaker, int? page, int? pageSize, CancellationToken ct)
    {
        if (BadPage(page, pageSize) is { } bad)
        {
            return bad;
        }

        var (number, size) = (page ?? 1, pageSize ?? 50);
        var quotes = db.Quotes.AsNoTracking().Matching(q, speaker);
        var total = await quotes.CountAsync(ct);
        var items = await quotes.OrderByDescending(x => x.Article.Published).ThenBy(x => x.Id).Skip((number - 1) * size).Take(size)
            .Select(x => new { x.Id, x.Text, Speaker = x.Speaker == null ? null : new { x.Speaker.Name, x.Speaker.Kind, x.Speaker.Slug }, x.ArticleId, x.Article.Slug, x.Article.Published })
            .ToListAsync(ct);
        return Results.Ok(new ResultPage<QuoteLine>(total, number, size,
            [.. items.Select(x => new QuoteLine(x.Id, x.Text, x.Speaker?.Name, x.Speaker is null ? null : Links.Entity(x.Speaker.Kind, x.Speaker.Slug),
                x.ArticleId, Links.Article(x.ArticleId, x.Slug), Iso(x.Published)))]));
    }

    internal static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string TopicKindName(TopicKind kind) => kind == TopicKind.Category ? "category" : "keyphrase";
}
