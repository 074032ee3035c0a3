using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Importing;

/// <summary>A file to import, with the URLs the Wikinews lists above it give, by article id.</summary>
internal sealed record SourceFile(string FullPath, string StoredPath, IReadOnlyDictionary<string, string> Urls);

/// <summary>
/// Finds the files to import under the paths a user gave: files as they are, folders recursively (hidden entries and
/// unsupported extensions skipped). URL lists are read first in each folder and apply to it and the folders below;
/// they are never imported. A symbolic link to a folder already walked is not followed twice, so loops end.
/// </summary>
internal sealed class SourceWalker(string baseDirectory)
{
    private const int MaxDepth = 64;
    private static readonly Dictionary<string, string> NoUrls = [];

    private readonly string baseDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseDirectory));
    private readonly HashSet<string> visitedFolders = new(StringComparer.Ordinal);
    private readonly HashSet<string> seenFiles = new(StringComparer.Ordinal);

    public List<SourceFile> Files { get; } = [];

    public List<ImportFailureInfo> Failures { get; } = [];

    public void Add(IEnumerable<string> paths)
    {
        var explicitFiles = new List<string>();
        var rootUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, baseDirectory);
            if (Directory.Exists(full))
            {
                Walk(full, Path.TrimEndingDirectorySeparator(full), NoUrls, 0);
            }
            else if (File.Exists(full) && UrlList.IsUrlList(full))
            {
                Merge(rootUrls, full);
            }
            else if (File.Exists(full))
            {
                explicitFiles.Add(full);
            }
            else
            {
                Failures.Add(new ImportFailureInfo(StoredPath(full), "no such file or folder"));
            }
        }

        // A file named on the command line is imported whatever its extension: the parser says what it is.
        foreach (var file in explicitFiles)
        {
            AddFile(file, rootUrls);
        }
    }

    /// <summary>The path as stored: relative to the base directory (with '/') when under it, else absolute.</summary>
    public string StoredPath(string fullPath)
    {
        var relative = Path.GetRelativePath(baseDirectory, fullPath);
        var stored = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return stored.Replace(Path.DirectorySeparatorChar, '/');
    }

    private void Walk(string folder, string realFolder, IReadOnlyDictionary<string, string> urls, int depth)
    {
        if (depth > MaxDepth || !visitedFolders.Add(realFolder))
        {
            return;
        }

        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Failures.Add(new ImportFailureInfo(StoredPath(folder), "folder could not be read: " + ex.Message));
            return;
        }

        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        var visible = entries.Where(e => !e.Name.StartsWith('.') && !e.Attributes.HasFlag(FileAttributes.Hidden)).ToList();

        var lists = visible.OfType<FileInfo>().Where(f => UrlList.IsUrlList(f.Name)).ToList();
        if (lists.Count > 0)
        {
            var scoped = new Dictionary<string, string>(urls, StringComparer.Ordinal);
            foreach (var list in lists)
            {
                Merge(scoped, list.FullName);
            }

            urls = scoped;
        }

        foreach (var file in visible.OfType<FileInfo>())
        {
            if (!UrlList.IsUrlList(file.Name) && ArticleParser.IsSupported(file.Name))
            {
                AddFile(file.FullName, urls);
            }
        }

        foreach (var sub in visible.OfType<DirectoryInfo>())
        {
            string real;
            try
            {
                real = sub.LinkTarget is null
                    ? Path.Combine(realFolder, sub.Name)
                    : Path.TrimEndingDirectorySeparator(sub.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? sub.FullName);
            }
            catch (IOException ex)
            {
                Failures.Add(new ImportFailureInfo(StoredPath(sub.FullName), "link could not be followed: " + ex.Message));
                continue;
            }

            Walk(sub.FullName, real, urls, depth + 1);
        }
    }

    private void AddFile(string fullPath, IReadOnlyDictionary<string, string> urls)
    {
        if (seenFiles.Add(fullPath))
        {
            Files.Add(new SourceFile(fullPath, StoredPath(fullPath), urls));
        }
    }

    private void Merge(Dictionary<string, string> urls, string listPath)
    {
        try
        {
            foreach (var (id, url) in UrlList.Parse(File.ReadAllText(listPath, Encoding.UTF8)))
            {
                urls.TryAdd(id, url);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Failures.Add(new ImportFailureInfo(StoredPath(listPath), "URL list could not be read: " + ex.Message));
        }
    }
}
