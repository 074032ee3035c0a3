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
    /// How many of <paramref name="dates"/> fall in each month, keyed <c>yyyy-MM</c> for <see cref="Markup.BarChart"/>;
    /// counted by <see cref="DatedLinks.PerMonth"/>.
    /// </summary>
    public static async Task<Dictionary<string, int>> CountByMonthAsync(this IQueryable<DateOnly?> dates, CancellationToken ct)
    {
        var months = await dates.PerMonth().ToListAsync(ct).ConfigureAwait(false);
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
