using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;

namespace NewsArchive.Web.Tests.Load;

/// <summary>One request of the mix: its kind (for the per-kind figures) and its relative URL.</summary>
public sealed record LoadRequest(string Kind, string Url);

/// <summary>
/// The fixed mix the load clients cycle through: searches (words, a phrase, a prefix), article pages and person pages that
/// exist in the seeded archive, and the article and people API. The kinds alternate, so every client asks for each in turn.
/// </summary>
public static class RequestMix
{
    // Words of the seed article and of the generated corpus, so hits grow as the import goes on.
    private static readonly string[] Searches = ["japon", "président", "\"président de la République\"", "gouvern*", "Trump Ishiba", "économie OR élection"];
    private static readonly string[] ApiArticleSearches = ["japon", "macron", "\"Premier ministre\"", "minist*"];
    private static readonly string[] ApiPeopleSearches = ["trump", "shigeru", "a"];

    /// <summary>Builds the mix from the articles and people already in the archive <paramref name="options"/> opens.</summary>
    public static async Task<IReadOnlyList<LoadRequest>> BuildAsync(DbContextOptions<ArchiveDbContext> options, int articles = 10, int people = 8)
    {
        await using var db = new ArchiveDbContext(options);
        // The canonical URL (with its slug): the short form answers 301, which is not what a reader's link gets.
        var articleUrls = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Take(articles)
            .Select(a => "/articles/" + a.Id + "/" + a.Slug).ToListAsync();
        var personUrls = await db.Entities.AsNoTracking().Where(e => e.Kind == EntityKind.Person)
            .OrderByDescending(e => e.MentionCount).ThenBy(e => e.Id).Take(people)
            .Select(e => "/people/" + e.Slug).ToListAsync();
        if (articleUrls.Count == 0 || personUrls.Count == 0)
        {
            throw new InvalidOperationException($"The seeded archive has {articleUrls.Count} articles and {personUrls.Count} people: nothing to request.");
        }

        var kinds = new (string Kind, IReadOnlyList<string> Urls)[]
        {
            ("search", [.. Searches.Select(q => "/search?q=" + Uri.EscapeDataString(q))]),
            ("article", articleUrls),
            ("person", personUrls),
            ("api-search", [.. ApiArticleSearches.Select(q => "/api/articles?q=" + Uri.EscapeDataString(q))]),
            ("api-people", [.. ApiPeopleSearches.Select(q => "/api/people?q=" + Uri.EscapeDataString(q))]),
        };
        var rounds = kinds.Max(k => k.Urls.Count);
        return [.. Enumerable.Range(0, rounds).SelectMany(i => kinds.Select(k => new LoadRequest(k.Kind, k.Urls[i % k.Urls.Count])))];
    }
}
