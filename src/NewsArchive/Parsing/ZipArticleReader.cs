using System.IO.Compression;

namespace NewsArchive.Parsing;

/// <summary>Limits that keep a zip archive from exhausting memory (zip bombs).</summary>
/// <param name="MaxEntries">Entries read in all, nested archives included.</param>
/// <param name="MaxTotalBytes">Uncompressed bytes read in all.</param>
/// <param name="MaxEntryBytes">Uncompressed bytes of one entry.</param>
/// <param name="MaxRatio">Uncompressed to compressed size, checked once an entry passes <paramref name="RatioFloorBytes"/>.</param>
/// <param name="RatioFloorBytes">Small entries may compress very well (a page of spaces); the ratio counts above this.</param>
public sealed record ZipLimits(int MaxEntries, long MaxTotalBytes, long MaxEntryBytes, double MaxRatio, long RatioFloorBytes)
{
    /// <summary>10,000 entries, 512 MiB in all, 64 MiB an entry, a ratio of 200 past 1 MiB.</summary>
    public static ZipLimits Default { get; } = new(10_000, 512L * 1024 * 1024, 64L * 1024 * 1024, 200, 1024 * 1024);
}

/// <summary>
/// Reads every supported entry of a zip archive (and of zips inside it, one level deep). Entry sizes in the
/// headers are not trusted: bytes are counted while inflating, against <see cref="ZipLimits"/>. Entries whose
/// path is absolute or climbs out with <c>..</c> are failures; the other entries still parse.
/// </summary>
internal static class ZipArticleReader
{
    private const int MaxNestingDepth = 1;

    /// <summary>What is left of the limits while one archive (and its nested archives) is read.</summary>
    internal sealed class Budget(ZipLimits limits)
    {
        public ZipLimits Limits { get; } = limits;

        public int Entries { get; set; }

        public long Bytes { get; set; }
    }

    public static ParsedFile Read(string source, byte[] content, int depth, Budget budget)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            return ArticleParser.Failed(source, $"corrupt zip archive: {ex.Message}");
        }

        using (archive)
        {
            var articles = new List<ParsedArticle>();
            var failures = new List<ParseFailure>();
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                var entrySource = $"{source}/{name}";
                if (name.EndsWith('/') || name.StartsWith("__MACOSX/", StringComparison.Ordinal))
                {
                    continue;
                }

                if (Escapes(name))
                {
                    failures.Add(new ParseFailure(entrySource, $"zip entry escapes the archive: {name}"));
                    continue;
                }

                if (!ArticleParser.IsSupported(name) || UrlList.IsUrlList(name))
                {
                    continue;
                }

                if (++budget.Entries > budget.Limits.MaxEntries)
                {
                    failures.Add(new ParseFailure(source, $"zip archive has more than {budget.Limits.MaxEntries:N0} entries; the rest were not read"));
                    break;
                }

                var (bytes, problem) = Inflate(entry, budget);
                if (bytes is null)
                {
                    failures.Add(new ParseFailure(entrySource, problem!));
                    if (budget.Bytes >= budget.Limits.MaxTotalBytes)
                    {
                        break;
                    }

                    continue;
                }

                if (BinarySniffer.IsZip(bytes) && depth >= MaxNestingDepth)
                {
                    failures.Add(new ParseFailure(entrySource, "zip inside a zip inside a zip: nesting deeper than one level is not read"));
                    continue;
                }

                var parsed = ArticleParser.Parse(entrySource, bytes, depth + 1, budget);
                articles.AddRange(parsed.Articles);
                failures.AddRange(parsed.Failures);
            }

            return new ParsedFile(source, articles, failures);
        }
    }

    // Absolute paths, drive letters and ".." segments would write outside a folder if the archive were unpacked.
    private static bool Escapes(string name) =>
        name.StartsWith('/') || (name.Length > 1 && name[1] == ':') || name.Split('/').Any(segment => segment == "..");

    private static (byte[]? Bytes, string? Problem) Inflate(ZipArchiveEntry entry, Budget budget)
    {
        var limits = budget.Limits;
        try
        {
            using var stream = entry.Open();
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            long read = 0;
            int count;
            while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                read += count;
                budget.Bytes += count;
                if (read > limits.MaxEntryBytes)
                {
                    return (null, $"zip entry too large: over {limits.MaxEntryBytes / (1024 * 1024)} MiB uncompressed");
                }

                if (budget.Bytes > limits.MaxTotalBytes)
                {
                    return (null, $"zip archive too large: over {limits.MaxTotalBytes / (1024 * 1024)} MiB uncompressed in all");
                }

                if (read > limits.RatioFloorBytes && read > limits.MaxRatio * Math.Max(1, entry.CompressedLength))
                {
                    return (null, $"zip entry expands more than {limits.MaxRatio:0} times (a zip bomb?)");
                }

                output.Write(buffer, 0, count);
            }

            return (output.ToArray(), null);
        }
        catch (InvalidDataException ex)
        {
            return (null, $"corrupt zip entry: {ex.Message}");
        }
        catch (NotSupportedException ex)
        {
            return (null, $"zip entry cannot be read: {ex.Message}");
        }
    }
}
