using System.Collections.Frozen;
using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Importing;

/// <summary>
/// Finds the files to import under the paths a user gave: files as they are, folders recursively (hidden entries and
/// unsupported extensions and README/LICENSE-like documentation skipped). URL lists are read first in each folder and apply to it and the folders below;
/// they are never imported. A symbolic link to a folder already walked is not followed twice, so loops end.
/// </summary>
public sealed class SourceWalker(string baseDirectory)
{
    private const int MaxDepth = 64;
    private static readonly FrozenSet<string> DocumentationNames = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "README", "LICENSE", "LICENCE", "NOTICE", "COPYING", "CHANGELOG", "ATTRIBUTION", "AUTHORS");
    private readonly string baseDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseDirectory));
    private readonly HashSet<string> visitedFolders = new(StringComparer.Ordinal);
    private readonly HashSet<string> seenFiles = new(StringComparer.Ordinal);

    public List<SourceFile> Files { get; } = [];

    public List<ImportFailureInfo> Failures { get; } = [];

    public void Add(IReadOnlyList<string> paths)
    {
        var full = paths.Select(p => Path.GetFullPath(p, baseDirectory)).ToList();

        // URL lists named on the command line apply to every other path given, whatever the order.
        var rootUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in full.Where(p => File.Exists(p) && UrlList.IsUrlList(p)))
        {
            Merge(rootUrls, list);
        }

        foreach (var path in full)
        {
            if (Directory.Exists(path))
            {
                Walk(path, Path.TrimEndingDirectorySeparator(path), rootUrls, 0);
            }
            else if (File.Exists(path) && !UrlList.IsUrlList(path))
            {
                // A file named on the command line is imported whatever its extension: the parser says what it is.
                AddFile(path, rootUrls);
            }
            else if (!File.Exists(path))
            {
                Failures.Add(new ImportFailureInfo(StoredPath(path), "no such file or folder"));
            }
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
            if (!UrlList.IsUrlList(file.Name) && !IsDocumentation(file.Name) && ArticleParser.IsSupported(file.Name))
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

    /// <summary>A folder's README, licence or notice describes the articles; it is not one of them.</summary>
    private static bool IsDocumentation(string fileName) =>
        DocumentationNames.Contains(Path.GetFileNameWithoutExtension(fileName));

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
