namespace NewsArchive.Storage;

/// <summary>A month (<c>yyyy * 100 + MM</c>) and how many dated rows fall in it.</summary>
public sealed record MonthCount(int Month, int Count);

/// <summary>
/// Queries over the dated link rows (mentions, topic links) that the person and topic pages read, written once for the
/// pages and for the benchmark's query-plan report.
/// </summary>
public static class DatedLinks
{
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
    /// How many of <paramref name="dates"/> fall in each month, counted in the database in two steps: per day first, in
    /// the order of the index the dates come from (no sort over every row), then the few thousand days per month, so
    /// one row a month comes back.
    /// </summary>
    public static IQueryable<MonthCount> PerMonth(this IQueryable<DateOnly?> dates) =>
        dates.Where(d => d != null).GroupBy(d => d!.Value).Select(g => new { Day = g.Key, Count = g.Count() })
            .GroupBy(d => d.Day.Year * 100 + d.Day.Month).Select(g => new MonthCount(g.Key, g.Sum(d => d.Count)));
}
