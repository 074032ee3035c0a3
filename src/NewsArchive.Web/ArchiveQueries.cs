using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;
using NewsArchive.Web.Markup;

namespace NewsArchive.Web;

/// <summary>Filters shared by the pages and the API, so both answer the same question the same way.</summary>
public static class ArchiveQueries
{
    /// <summary>Entities whose folded name contains the folded <paramref name="name"/> (so <c>etats</c> finds États-Unis).</summary>
    public static IQueryable<Entity> Named(this IQueryable<Entity> entities, string? name)
    {
        var key = NameKey.Of(name ?? "");
        return key.Length == 0 ? entities : entities.Where(e => e.Key.Contains(key));
    }

    /// <summary>By name with <c>sort=name</c>, else most mentioned first.</summary>
    public static IQueryable<Entity> Sorted(this IQueryable<Entity> entities, string? sort) =>
        sort == "name" ? entities.OrderBy(e => e.Key) : entities.OrderByDescending(e => e.MentionCount).ThenBy(e => e.Key);

    /// <summary>Quotes containing <paramref name="text"/> literally and said by a speaker whose name contains <paramref name="speaker"/>.</summary>
    public static IQueryable<Quote> Matching(this IQueryable<Quote> quotes, string? text, string? speaker)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            // Both sides lower-cased: LIKE ignores ASCII case on SQLite but not on PostgreSQL.
            var pattern = "%" + LikePattern.Escape(text.Trim().ToLowerInvariant()) + "%";
#pragma warning disable CA1304, CA1311 // Not run in .NET: translated to the database's lower().
            quotes = quotes.Where(q => EF.Functions.Like(q.Text.ToLower(), pattern, LikePattern.EscapeCharacter));
#pragma warning restore CA1304, CA1311
        }

        var key = NameKey.Of(speaker ?? "");
        return key.Length == 0 ? quotes : quotes.Where(q => q.Speaker != null && q.Speaker.Key.Contains(key));
    }

    /// <summary>
    /// The ids of an entity's articles (given its <paramref name="mentions"/>), newest first, then highest id: read in
    /// order from the (EntityId, Published, ArticleId) index, so paging or taking the latest costs what it returns,
    /// however many articles name the entity.
    /// </summary>
    public static IQueryable<int> NewestArticles(this IQueryable<Mention> mentions) =>
        mentions.GroupBy(m => new { m.Published, m.ArticleId }).Select(g => g.Key)
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.ArticleId).Select(a => a.ArticleId);

    /// <summary>The ids of a topic's articles (given its <paramref name="links"/>), newest first, then highest id, from the (TopicId, Published, ArticleId) index.</summary>
    public static IQueryable<int> NewestArticles(this IQueryable<ArticleTopic> links) =>
        links.OrderByDescending(t => t.Published).ThenByDescending(t => t.ArticleId).Select(t => t.ArticleId);

    /// <summary>
    /// How many of <paramref name="dates"/> fall in each month (<c>yyyy-MM</c>), counted in the database in two steps:
    /// per day first, in the order of the index the dates come from (no sort over every row), then the few thousand
    /// days per month, so one row a month comes back.
    /// </summary>
    public static async Task<Dictionary<string, int>> CountByMonthAsync(this IQueryable<DateOnly?> dates, CancellationToken ct)
    {
        var months = await dates.Where(d => d != null).GroupBy(d => d!.Value).Select(g => new { Day = g.Key, Count = g.Count() })
            .GroupBy(d => d.Day.Year * 100 + d.Day.Month).Select(g => new { Month = g.Key, Count = g.Sum(d => d.Count) })
            .ToListAsync(ct).ConfigureAwait(false);
        return months.ToDictionary(
            m => (m.Month / 100).ToString("0000", CultureInfo.InvariantCulture) + "-" + (m.Month % 100).ToString("00", CultureInfo.InvariantCulture),
            m => m.Count, StringComparer.Ordinal);
    }

    /// <summary>The rows of <paramref name="rows"/> (already narrowed to <paramref name="ids"/>) in the order of <paramref name="ids"/>.</summary>
    public static async Task<List<T>> InOrderOfAsync<T>(this IQueryable<T> rows, IReadOnlyList<int> ids, Func<T, int> id, CancellationToken ct)
    {
        var found = await rows.ToDictionaryAsync(id, ct).ConfigureAwait(false);
        return [.. ids.Where(found.ContainsKey).Select(i => found[i])];
    }
}
