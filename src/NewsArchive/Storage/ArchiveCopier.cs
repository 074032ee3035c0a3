using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Storage;

/// <summary>The rows of one table in the source and in the copy.</summary>
public sealed record TableCount(string Table, long Source, long Target)
{
    public bool Equal => Source == Target;
}

/// <summary>What a copy wrote, table by table; verified when every count matches.</summary>
public sealed record CopyReport(IReadOnlyList<TableCount> Tables, TimeSpan Elapsed)
{
    public bool Verified => Tables.All(t => t.Equal);
}

/// <summary>
/// Copies a whole archive into an empty archive on another engine (SQLite to PostgreSQL or back), ids included, in
/// one transaction of the target: it ends complete or not at all. Each article's search row is rebuilt by the
/// target's engine. The source is only read.
/// </summary>
public static class ArchiveCopier
{
    private const int BatchSize = 1000;

    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="target"/> (created or migrated, and empty) and counts
    /// both afterwards. Throws <see cref="ArchiveCopyException"/> with a message for people when the source has no
    /// archive or an older schema, or the target already holds articles.
    /// </summary>
    public static async Task<CopyReport> CopyAsync(DbContextOptions<ArchiveDbContext> source, DbContextOptions<ArchiveDbContext> target, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var from = new ArchiveDbContext(source);
        await using var to = new ArchiveDbContext(target);
        await CheckSourceAsync(from, cancellationToken).ConfigureAwait(false);
        await ArchiveDatabase.MigrateAsync(to, cancellationToken).ConfigureAwait(false);
        if (await to.Articles.AnyAsync(cancellationToken).ConfigureAwait(false) || await to.Entities.AnyAsync(cancellationToken).ConfigureAwait(false)
            || await to.ImportRuns.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new ArchiveCopyException("The target archive is not empty: copy into a new, empty archive.");
        }

        from.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        to.ChangeTracker.AutoDetectChangesEnabled = false;
        await using (var transaction = await to.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await CopyByIdAsync(from.ImportRuns, r => r.Id, to, "import runs", progress, cancellationToken).ConfigureAwait(false);
            await CopyByIdAsync(from.ImportFailures, f => f.Id, to, "import failures", progress, cancellationToken).ConfigureAwait(false);
            await CopyByIdAsync(from.Entities, e => e.Id, to, "entities", progress, cancellationToken).ConfigureAwait(false);
            await CopyByIdAsync(from.Topics, t => t.Id, to, "topics", progress, cancellationToken).ConfigureAwait(false);
            await CopyArticlesAsync(from, to, progress, cancellationToken).ConfigureAwait(false);
            await ArchiveEngine.Of(to.Database).FinishBulkLoadAsync(to.Database, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return new CopyReport(await CountAsync(from, to, cancellationToken).ConfigureAwait(false), clock.Elapsed);
    }

    /// <summary>Counts every table of both archives, and the target's search rows against the source's articles.</summary>
    public static async Task<IReadOnlyList<TableCount>> CountAsync(ArchiveDbContext source, ArchiveDbContext target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        async Task<TableCount> Count(string name, Func<ArchiveDbContext, Task<int>> count) =>
            new(name, await count(source).ConfigureAwait(false), await count(target).ConfigureAwait(false));

        return
        [
            await Count("Articles", db => db.Articles.CountAsync(cancellationToken)).ConfigureAwait(false),
            await Count("Entities", db => db.Entities.CountAsync(cancellationToken)).ConfigureAwait(false),
            await Count("Mentions", db => db.Mentions.CountAsync(cancellationToken)).ConfigureAwait(false),
            await Count("Quotes", db => db.Quotes.CountAsync(cancellationToken)).ConfigureAwait(false),
            await Count("Topics", db => db.Topics.CountAsync(cancellationToken)).ConfigureAwait(false),
            await Count("ArticleTopics", db => db.ArticleTopics.CountAsync(cancellationToken)).ConfigureAwait(false),
            await Count("ImportRuns", db => db.ImportRuns.CountAsync(cancellationToken)).ConfigureAwait(false),
            await Count("ImportFailures", db => db.ImportFailures.CountAsync(cancellationToken)).ConfigureAwait(false),
            new("ArticleSearch", await source.Articles.CountAsync(cancellationToken).ConfigureAwait(false),
                await target.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM "ArticleSearch" """).SingleAsync(cancellationToken).ConfigureAwait(false)),
        ];
    }

    private static async Task CheckSourceAsync(ArchiveDbContext source, CancellationToken cancellationToken)
    {
        bool reachable;
        try
        {
            reachable = await source.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            reachable = false;
        }

        if (!reachable || !(await source.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
        {
            throw new ArchiveCopyException("The source holds no archive.");
        }

        if ((await source.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
        {
            throw new ArchiveCopyException("The source archive has an older schema: open it once with this version (e.g. newsarchive stats) first.");
        }
    }

    private static async Task CopyByIdAsync<T>(IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, int>> id, ArchiveDbContext target, string what, IProgress<string>? progress, CancellationToken cancellationToken)
        where T : class
    {
        var idOf = id.Compile();
        var last = 0;
        var copied = 0;
        while (true)
        {
            var batch = await rows.Where(After(id, last)).OrderBy(id).Take(BatchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            target.AddRange(batch);
            await target.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            target.ChangeTracker.Clear();
            last = idOf(batch[^1]);
            copied += batch.Count;
        }

        progress?.Report($"{copied} {what}");
    }

    /// <summary>Articles a batch at a time, each batch with its mentions, quotes, topics and rebuilt search rows.</summary>
    private static async Task CopyArticlesAsync(ArchiveDbContext from, ArchiveDbContext to, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var last = 0;
        var copied = 0;
        while (true)
        {
            var articles = await from.Articles.Where(a => a.Id > last).OrderBy(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (articles.Count == 0)
            {
                break;
            }

            var (first, end) = (articles[0].Id, articles[^1].Id);
            to.AddRange(articles);
            to.AddRange(await from.Mentions.Where(m => m.ArticleId >= first && m.ArticleId <= end).ToListAsync(cancellationToken).ConfigureAwait(false));
            to.AddRange(await from.Quotes.Where(q => q.ArticleId >= first && q.ArticleId <= end).ToListAsync(cancellationToken).ConfigureAwait(false));
            to.AddRange(await from.ArticleTopics.Where(t => t.ArticleId >= first && t.ArticleId <= end).ToListAsync(cancellationToken).ConfigureAwait(false));
            await to.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            foreach (var article in articles)
            {
                await ArticleSearchIndex.WriteAsync(to, article, cancellationToken).ConfigureAwait(false);
            }

            to.ChangeTracker.Clear();
            last = end;
            copied += articles.Count;
            progress?.Report($"{copied} articles");
        }
    }

    private static System.Linq.Expressions.Expression<Func<T, bool>> After<T>(System.Linq.Expressions.Expression<Func<T, int>> id, int last) =>
        System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(
            System.Linq.Expressions.Expression.GreaterThan(id.Body, System.Linq.Expressions.Expression.Constant(last)), id.Parameters);
}

/// <summary>An archive that cannot be copied as asked (no source, an older schema, a target that is not empty).</summary>
public sealed class ArchiveCopyException : Exception
{
    public ArchiveCopyException()
    {
    }

    public ArchiveCopyException(string message)
        : base(message)
    {
    }

    public ArchiveCopyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
