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

    // One worker at a time takes room, article by article: two workers each holding part of a chunk's room could
    // otherwise wait on each other with nothing queued for the writer to free.
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <param name="articles">Articles that may wait: at least <see cref="ArchiveImporter.ChunkArticles"/>, a whole chunk.</param>
    public PreparedQueue(int articles)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, ArchiveImporter.ChunkArticles);
        // Every chunk but a file's failures holds an article: the chunk bound only limits those.
        channel = Channel.CreateBounded<PreparedFile>(new BoundedChannelOptions(articles) { SingleReader = true });
        room = new SemaphoreSlim(articles, articles);
    }

    /// <summary>Queues a file's chunk once there is room for its articles.</summary>
    public async Task WriteAsync(PreparedFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var i = 0; i < file.Articles.Count; i++)
            {
                await room.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            turn.Release();
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

    public void Dispose()
    {
        room.Dispose();
        turn.Dispose();
    }
}
