using NewsArchive.Parsing;

namespace NewsArchive.Importing;

/// <summary>A file to import, with the URLs the Wikinews lists above it give, by article id.</summary>
public sealed record SourceFile(string FullPath, string StoredPath, IReadOnlyDictionary<string, string> Urls)
{
    /// <summary>Larger plain files are not articles (a log, a dump); zips have limits of their own (<see cref="ZipLimits"/>).</summary>
    public const long MaxArticleFileBytes = 16 * 1024 * 1024;

    /// <summary>Zip archives larger than this are refused before they are read.</summary>
    public const long MaxZipFileBytes = 1024L * 1024 * 1024;

    /// <summary>Reads and parses the file; an unreadable or oversized file gives a failure, never an exception.</summary>
    public async Task<ParsedFile> ParseAsync(CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(FullPath).Length;
            if (length > MaxArticleFileBytes && (length > MaxZipFileBytes || !await IsZipAsync(cancellationToken).ConfigureAwait(false)))
            {
                return Failed($"file too large for an article: {length / (1024 * 1024)} MiB (the limit is {MaxArticleFileBytes / (1024 * 1024)} MiB; zips up to {MaxZipFileBytes / (1024 * 1024)} MiB)");
            }

            bytes = await File.ReadAllBytesAsync(FullPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed("file could not be read: " + ex.Message);
        }

        var parsed = ArticleParser.Parse(StoredPath, bytes);
        return Urls.Count == 0 ? parsed : parsed with { Articles = [.. parsed.Articles.Select(WithUrl)] };
    }

    private ParsedArticle WithUrl(ParsedArticle article) =>
        article.Url is null && Urls.TryGetValue(Path.GetFileNameWithoutExtension(article.Source), out var url) ? article with { Url = url } : article;

    private async Task<bool> IsZipAsync(CancellationToken cancellationToken)
    {
        var head = new byte[4];
        await using var stream = File.OpenRead(FullPath);
        return await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false) == 4
            && head is [(byte)'P', (byte)'K', 3, 4];
    }

    private ParsedFile Failed(string reason) => new(StoredPath, [], [new ParseFailure(StoredPath, reason)]);
}
