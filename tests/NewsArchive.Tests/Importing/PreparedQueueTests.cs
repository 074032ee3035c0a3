using NewsArchive.Importing;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Importing;

/// <summary>The queue between the workers and the writer holds a number of articles, however they come in chunks.</summary>
public sealed class PreparedQueueTests
{
    private static readonly SourceFile File = new("/in/a.txt", "in/a.txt", new Dictionary<string, string>());

    [Fact]
    public async Task OneArticleFilesFillItUpToItsArticlesNotToAFewChunks()
    {
        using var queue = new PreparedQueue(64, 1);
        for (var i = 0; i < 64; i++)
        {
            Assert.True(queue.WriteAsync(Chunk(1), CancellationToken.None).IsCompleted);
        }

        var next = queue.WriteAsync(Chunk(1), CancellationToken.None);
        await Task.Delay(50);
        Assert.False(next.IsCompleted);

        await using var read = queue.ReadAllAsync(CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await read.MoveNextAsync());
        queue.Done(read.Current);
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData(15, 1)]
    [InlineData(45, 3)]
    public void ItRefusesTooLittleRoomForItsWorkers(int articles, int workers) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PreparedQueue(articles, workers));

    [Fact]
    public async Task AChunkWaitsForRoomForAllItsArticlesAndAChunkOfFailuresTakesNone()
    {
        using var queue = new PreparedQueue(20, 1);
        await queue.WriteAsync(Chunk(16), CancellationToken.None);
        Assert.True(queue.WriteAsync(Chunk(0), CancellationToken.None).IsCompleted);
        Assert.True(queue.WriteAsync(Chunk(4), CancellationToken.None).IsCompleted);

        var waiting = queue.WriteAsync(Chunk(16), CancellationToken.None);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);

        await using var read = queue.ReadAllAsync(CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await read.MoveNextAsync());
        Assert.Equal(16, read.Current.Articles.Count);
        queue.Done(read.Current);
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WorkersThatCouldEachHoldPartOfTheRoomStillAllFinish()
    {
        // Three workers write 16-article chunks into the least room they may have: each can hold 15 of a chunk's 16 and
        // one is still free.
        using var queue = new PreparedQueue(46, 3);
        var workers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                await queue.WriteAsync(Chunk(16), CancellationToken.None);
            }
        })).ToArray();
        _ = Task.WhenAll(workers).ContinueWith(_ => queue.Complete(), TaskScheduler.Default);

        var articles = 0;
        await foreach (var chunk in queue.ReadAllAsync(CancellationToken.None).WithCancellation(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token))
        {
            articles += chunk.Articles.Count;
            queue.Done(chunk);
        }

        Assert.Equal(3 * 300 * 16, articles);
    }

    private static PreparedFile Chunk(int articles) =>
        new(File, [.. Enumerable.Range(0, articles).Select(i => new PreparedArticle(new ParsedArticle("in/a.txt", i, "t", "b"), "h", null, null, null))], []);
}
