using System.Threading.Channels;

namespace NewsArchive.Importing;

/// <summary>
/// The analysed articles on their way from the workers to the writer, bounded by articles rather than by chunks: a
/// one-article file and a chunk of a JSON Lines file take the room of their articles. Bounded by chunks, a folder of
/// single-article files let about 64 articles wait, a twentieth of a second of the writer's work, so the workers
/// stopped at every batch commit and WAL checkpoint, while JSON Lines chunks could queue 1,024. Now it is 1,024 articles
/// whatever the files, so the memory bound is the one JSON Lines already had.
/// </summary>
internal sealed class PreparedQueue : IDisposable
{
    private readonly Channel<PreparedFile> channel;
    private readonly SemaphoreSlim room;

    /// <param name="articles">
    /// Articles that may wait: more than <paramref name="workers"/> × (<see cref="ArchiveImporter.ChunkArticles"/> − 1).
    /// A chunk takes its room article by article, so every worker may hold all but one of a chunk's; with less room
    /// they could all wait on one another with nothing queued for the writer to free. (Taking the room one worker at a
    /// time instead made the import of 100,000 articles about a tenth slower in two paired runs.)
    /// </param>
    /// <param name="workers">The workers that write to it.</param>
    public PreparedQueue(int articles, int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(articles, workers * (ArchiveImporter.ChunkArticles - 1));
        // Every chunk but a file's failures holds an article: the chunk bound only limits those.
        channel = Channel.CreateBounded<PreparedFile>(new BoundedChannelOptions(articles) { SingleReader = true });
        room = new SemaphoreSlim(articles, articles);
    }

    /// <summary>Queues a file's chunk once there is room for its articles.</summary>
    public async Task WriteAsync(PreparedFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        for (var i = 0; i < file.Articles.Count; i++)
        {
            await room.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        await channel.Writer.WriteAsync(file, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<PreparedFile> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>The writer is done with a chunk: its articles' room goes back to the workers.</summary>
    public void Done(PreparedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Articles.Count > 0)
        {
            room.Release(file.Articles.Count);
        }
    }

    /// <summary>No more chunks (or the workers failed with <paramref name="error"/>).</summary>
    public void Complete(Exception? error = null) => channel.Writer.TryComplete(error);

    public void Dispose() => room.Dispose();
}
