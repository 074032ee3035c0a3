using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>
/// The Wikinews URL lists (<c>2018-03-urls.txt</c>): one <c>&lt;id&gt;\t&lt;url&gt;</c> line per article, where the id is
/// the article's file name without extension (<c>2018_03_01-001</c>). The importer fills in article URLs from them.
/// </summary>
public static partial class UrlList
{
    /// <summary>Whether <paramref name="path"/> names a URL list rather than an article.</summary>
    public static bool IsUrlList(string path) => UrlListName().IsMatch(Path.GetFileName(path));

    /// <summary>Maps article ids to URLs; malformed lines are skipped, the first URL for an id wins.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim().TrimStart('\uFEFF');
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var id = line[..tab].Trim();
            var url = line[(tab + 1)..].Trim();
            if (id.Length > 0 && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                urls.TryAdd(id, url);
            }
        }

        return urls;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-urls\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlListName();
}
