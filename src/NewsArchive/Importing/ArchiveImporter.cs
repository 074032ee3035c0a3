using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsArchive.Extraction;
using NewsArchive.Parsing;
using NewsArchive.Storage;

namespace NewsArchive.Importing;

/// <summary>
/// Imports files, folders and zips into the archive: the one place where parsing, extraction and storage meet.
/// Workers read, parse, hash, analyse and stem files in parallel; one writer stores them in batches, each article
/// atomically with its mentions, quotes, topics and search row. Re-importing an unchanged file changes nothing;
/// a changed one updates its article. A bad file is reported and skipped; the rest still imports.
/// </summary>
public sealed class ArchiveImporter
{
    private readonly DbContextOptions<ArchiveDbContext> options;
    private readonly ILogger<ArchiveImporter> logger;
    private readonly Func<ParsedArticle, Analysis> analyze;
    private readonly ArchiveEngine engine;

    /// <summary>Articles of one file handed to the writer together.</summary>
    internal const int ChunkArticles = 16;

    /// <summary>Articles waiting for the writer at most (<see cref="PreparedQueue"/>): about a second of its work, and a bound on the import's memory.</summary>
    private const int QueuedArticles = 1024;

    /// <summary>An importer into the archive <paramref name="options"/> open (already migrated).</summary>
    public ArchiveImporter(DbContextOptions<ArchiveDbContext> options, ILogger<ArchiveImporter> logger, ArticleAnalyzer analyzer)
        : this(options, logger, (analyzer ?? throw new ArgumentNullException(nameof(analyzer))).Analyze)
    {
    }

    internal ArchiveImporter(DbContextOptions<ArchiveDbContext> options, ILogger<ArchiveImporter> logger, Func<ParsedArticle, Analysis> analyze)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        this.analyze = analyze;
        engine = ArchiveEngine.Of(options);
    }

    /// <summary>Imports <paramref name="paths"/> (files, folders, zips); reports progress after every file.</summary>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<string> paths, ImportOptions importOptions, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(importOptions);
        var clock = Stopwatch.StartNew();
        var walker = new SourceWalker(importOptions.BaseDirectory ?? Environment.CurrentDirectory);
        walker.Add(paths);
        var run = new RunState(walker.Files.Count);
        foreach (var failure in walker.Failures)
        {
            run.Fail(failure, logger);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var prepared = new PreparedQueue(QueuedArticles, WorkerCount(importOptions));
        var workers = StartWorkers(walker.Files, importOptions, prepared, stop.Token);
        progress?.Report(new ImportProgress(0, run.FilesTotal, 0, 0, 0, 0, run.Failures.Count, null));
        try
        {
            if (importOptions.DryRun)
            {
                await CountAsync(prepared, run, progress, stop.Token).ConfigureAwait(false);
            }
            else
            {
                await StoreAsync(prepared, run, importOptions, progress, stop.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            // The writer stopped (done or failed): let the workers end rather than wait on a full channel.
            await stop.CancelAsync().ConfigureAwait(false);
            await workers.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        var summary = new ImportSummary(run.RunId, importOptions.DryRun, run.FilesTotal, run.New, run.Updated, run.Unchanged, [.. run.Failures], clock.Elapsed);
        ImportLog.Finished(logger, importOptions.DryRun ? "dry run" : "run", summary.Elapsed, summary.Files, summary.New, summary.Updated, summary.Unchanged, summary.Failed);
        return summary;
    }

    private Task StartWorkers(IReadOnlyList<SourceFile> files, ImportOptions importOptions, PreparedQueue output, CancellationToken cancellationToken)
    {
        var input = Channel.CreateUnbounded<SourceFile>();
        foreach (var file in files)
        {
            input.Writer.TryWrite(file);
        }

        input.Writer.Complete();
        var count = WorkerCount(importOptions);
        var workers = Enumerable.Range(0, count)
            .Select(_ => Task.Run(() => WorkAsync(input.Reader, output, importOptions, cancellationToken), cancellationToken))
            .ToArray();
        return CompleteWhenDone();

        async Task CompleteWhenDone()
        {
            try
            {
                await Task.WhenAll(workers).ConfigureAwait(false);
                output.Complete();
            }
            catch (Exception ex)
            {
                output.Complete(ex);
                throw;
            }
        }
    }

    private static int WorkerCount(ImportOptions importOptions) => Math.Clamp(importOptions.Workers, 1, 16);

    private async Task WorkAsync(ChannelReader<SourceFile> input, PreparedQueue output, ImportOptions importOptions, CancellationToken cancellationToken)
    {
        await using var lookup = await StoredHashes.OpenAsync(options, cancellationToken).ConfigureAwait(false);
        await foreach (var file in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await PrepareAsync(file, lookup, importOptions, output, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await output.WriteAsync(new PreparedFile(file, [], [new ImportFailureInfo(file.StoredPath, "could not be imported: " + ex.Message)]), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Parses, hashes, analyses and stems one file, handing its articles to the writer <see cref="ChunkArticles"/> at a
    /// time: a 500-article JSON Lines file no longer waits whole, analysed, in the queue (at 100,000 articles the queue
    /// of whole files held tens of thousands of analysed articles and the import's memory doubled).
    /// </summary>
    private async Task PrepareAsync(SourceFile file, StoredHashes lookup, ImportOptions importOptions, PreparedQueue output, CancellationToken cancellationToken)
    {
        var parsed = await file.ParseAsync(cancellationToken).ConfigureAwait(false);
        var failures = parsed.Failures.Select(f => new ImportFailureInfo(f.Source, f.Reason)).ToList();
        var articles = new List<PreparedArticle>(Math.Min(parsed.Articles.Count, ChunkArticles));
        for (var i = 0; i < parsed.Articles.Count; i++)
        {
            if (articles.Count == ChunkArticles)
            {
                await output.WriteAsync(new PreparedFile(file, articles, failures, Last: false), cancellationToken).ConfigureAwait(false);
                articles = new List<PreparedArticle>(Math.Min(parsed.Articles.Count - i, ChunkArticles));
                failures = [];
            }

            var article = parsed.Articles[i];
            var hash = ContentHash.Of(article);
            var stored = await lookup.HashAsync(article.Source, article.Item, cancellationToken).ConfigureAwait(false);
            if (stored == hash && !importOptions.Force)
            {
                articles.Add(new PreparedArticle(article, hash, stored, null, null));
                continue;
            }

            try
            {
                var analysis = analyze(article);
                var searchRow = importOptions.DryRun ? null : ArticleSearchIndex.Row.Of(engine, article.Title, article.Body, analysis.Language);
                articles.Add(new PreparedArticle(article, hash, stored, analysis, searchRow));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add(new ImportFailureInfo(article.Source, ItemPrefix(article) + "analysis failed: " + ex.Message));
            }
        }

        await output.WriteAsync(new PreparedFile(file, articles, failures), cancellationToken).ConfigureAwait(false);
    }

    private async Task CountAsync(PreparedQueue queue, RunState run, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await foreach (var file in queue.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var article in file.Articles)
            {
                run.Count(article.StoredHash is null ? Outcome.New : article.StoredHash == article.Hash ? Outcome.Unchanged : Outcome.Updated);
            }

            Finish(file, run, progress);
            queue.Done(file);
        }
    }

    private async Task StoreAsync(PreparedQueue queue, RunState run, ImportOptions importOptions, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var db = new ArchiveDbContext(options);
        await using (db.ConfigureAwait(false))
        {
            var importRun = new ImportRun { StartedAt = DateTimeOffset.UtcNow, Files = run.FilesTotal };
            db.ImportRuns.Add(importRun);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            run.RunId = importRun.Id;
            db.ChangeTracker.Clear();

            var writer = new ArticleWriter(db);
            await using (writer.ConfigureAwait(false))
            {
                await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
                await writer.DeferIndexesAsync(cancellationToken).ConfigureAwait(false);
                var batch = new Batch();
                await writer.BeginBatchAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    await foreach (var file in queue.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                    {
                        await StoreFileAsync(writer, file, run, batch, importOptions.Force, cancellationToken).ConfigureAwait(false);
                        Finish(file, run, progress);
                        queue.Done(file);
                        if (batch.Articles >= Math.Max(1, importOptions.BatchSize))
                        {
                            await CommitAsync(db, writer, run, batch, cancellationToken).ConfigureAwait(false);
                            await writer.BeginBatchAsync(cancellationToken).ConfigureAwait(false);
                        }
                    }

                    await CommitAsync(db, writer, run, batch, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    // Cancelled or the archive failed: the open batch is lost, and so are its counts.
                    await writer.RollbackBatchAsync().ConfigureAwait(false);
                    foreach (var (_, _, outcome) in batch.Written)
                    {
                        run.Uncount(outcome);
                    }

                    throw;
                }
                finally
                {
                    await RestoreIndexesAsync(writer).ConfigureAwait(false);
                    await EndRunAsync(db, run).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task StoreFileAsync(ArticleWriter writer, PreparedFile file, RunState run, Batch batch, bool force, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var existing = new Dictionary<string, Dictionary<int, (int Id, string Hash)>>(StringComparer.Ordinal);
        foreach (var prepared in file.Articles)
        {
            var article = prepared.Article;
            if (!existing.TryGetValue(article.Source, out var stored))
            {
                existing[article.Source] = stored = await writer.ExistingAsync(article.Source, cancellationToken).ConfigureAwait(false);
            }

            var found = stored.TryGetValue(article.Item, out var row);
            if (found && row.Hash == prepared.Hash && !force)
            {
                run.Count(Outcome.Unchanged);
                continue;
            }

            try
            {
                // The worker skips analysing what it saw unchanged; if the archive changed since, analyse here.
                var analysis = prepared.Analysis ?? analyze(article);
                var searchRow = prepared.SearchRow ?? ArticleSearchIndex.Row.Of(engine, article.Title, article.Body, analysis.Language);
                await writer.WriteAsync(prepared, analysis, searchRow, found ? row.Id : null, now, cancellationToken).ConfigureAwait(false);
                var outcome = found ? Outcome.Updated : Outcome.New;
                run.Count(outcome);
                batch.Written.Add((article.Source, article.Item, outcome));
            }
            catch (BatchLostException ex)
            {
                run.Fail(new ImportFailureInfo(article.Source, ItemPrefix(article) + "could not be stored: " + ex.Message), logger);
                await LoseBatchAsync(writer, run, batch, ex).ConfigureAwait(false);
                await writer.BeginBatchAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                run.Fail(new ImportFailureInfo(article.Source, ItemPrefix(article) + "could not be stored: " + ex.Message), logger);
            }
        }

        batch.Articles += Math.Max(1, file.Articles.Count);
    }

    private async Task CommitAsync(ArchiveDbContext db, ArticleWriter writer, RunState run, Batch batch, CancellationToken cancellationToken)
    {
        var mark = run.UnsavedMark;
        try
        {
            await SaveFailuresAsync(db, run, cancellationToken).ConfigureAwait(false);
            await writer.CommitBatchAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbUpdateException or DbException or InvalidOperationException)
        {
            run.UnsavedMark = mark;
            await LoseBatchAsync(writer, run, batch, ex).ConfigureAwait(false);
        }
        catch
        {
            // Cancelled before the commit: the batch stays as it is, so the caller rolls it back and takes its
            // articles out of the counts; the failures it held are saved again at the end of the run.
            run.UnsavedMark = mark;
            db.ChangeTracker.Clear();
            throw;
        }

        db.ChangeTracker.Clear();
        batch.Articles = 0;
        batch.Written.Clear();
    }

    /// <summary>The batch could not be kept: every article it wrote becomes a failure, and the run goes on.</summary>
    private async Task LoseBatchAsync(ArticleWriter writer, RunState run, Batch batch, Exception reason)
    {
        await writer.RollbackBatchAsync().ConfigureAwait(false);
        foreach (var (source, item, outcome) in batch.Written)
        {
            run.Uncount(outcome);
            run.Fail(new ImportFailureInfo(source, ItemPrefix(item) + "could not be stored: " + reason.Message), logger);
        }

        batch.Written.Clear();
    }

    /// <summary>Builds the indexes a bulk load deferred; if that fails, the archive's next migration does.</summary>
    private async Task RestoreIndexesAsync(ArticleWriter writer)
    {
        try
        {
            await writer.RestoreIndexesAsync().ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            ImportLog.Rejected(logger, "archive indexes", "could not be built (the next start builds them): " + ex.Message);
        }
    }

    private async Task EndRunAsync(ArchiveDbContext db, RunState run)
    {
        try
        {
            // Failures a lost batch left unsaved are kept here, outside any batch.
            await SaveFailuresAsync(db, run, CancellationToken.None).ConfigureAwait(false);
            var ended = DateTimeOffset.UtcNow;
            await db.ImportRuns.Where(r => r.Id == run.RunId).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.EndedAt, ended).SetProperty(r => r.New, run.New).SetProperty(r => r.Updated, run.Updated)
                    .SetProperty(r => r.Unchanged, run.Unchanged).SetProperty(r => r.Failed, run.Failures.Count),
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbUpdateException or DbException)
        {
            ImportLog.Rejected(logger, "import run " + run.RunId, "its end could not be recorded: " + ex.Message);
        }
    }

    private static async Task SaveFailuresAsync(ArchiveDbContext db, RunState run, CancellationToken cancellationToken)
    {
        foreach (var failure in run.TakeUnsavedFailures())
        {
            db.ImportFailures.Add(new ImportFailure { ImportRunId = run.RunId!.Value, Path = failure.Path, Reason = failure.Reason });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Finish(PreparedFile file, RunState run, IProgress<ImportProgress>? progress)
    {
        foreach (var failure in file.Failures)
        {
            run.Fail(failure, logger);
        }

        if (!file.Last)
        {
            return;
        }

        run.FilesDone++;
        var outcome = run.TakeFileCounts();
        ImportLog.FileImported(logger, file.Source.StoredPath, outcome.New, outcome.Updated, outcome.Unchanged);
        progress?.Report(new ImportProgress(run.FilesDone, run.FilesTotal, run.New + run.Updated + run.Unchanged, run.New, run.Updated, run.Unchanged, run.Failures.Count, file.Source.StoredPath));
    }

    private static string ItemPrefix(ParsedArticle article) => ItemPrefix(article.Item);

    private static string ItemPrefix(int item) => item > 0 ? $"item {item}: " : "";
}
