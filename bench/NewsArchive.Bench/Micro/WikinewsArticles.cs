using NewsArchive.Parsing;

namespace NewsArchive.Bench.Micro;

/// <summary>The French Wikinews articles of the repository, parsed once, shared by the micro benchmarks.</summary>
internal static class WikinewsArticles
{
    private static readonly Lazy<IReadOnlyList<ParsedArticle>> All = new(Load);

    public static IReadOnlyList<ParsedArticle> Parsed => All.Value;

    /// <summary>Words (whitespace-separated) of all the bodies: the unit of the analyser's throughput.</summary>
    public static long Words => Parsed.Sum(a => Scale.StageSample.CountWords(a.Body));

    private static List<ParsedArticle> Load()
    {
        var folder = Path.Combine(RepoRoot.Find(), "seeds", "wikinews-fr");
        return [.. Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith("-urls.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(p => ArticleParser.Parse(p, File.ReadAllBytes(p)).Articles)];
    }
}
