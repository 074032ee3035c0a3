using NewsArchive.Extraction;
using NewsArchive.Parsing;

namespace NewsArchive.Tests;

public sealed class GoldenTests
{
    public static TheoryData<string> Seeds() => [.. Directory.GetFiles(RepoRoot.File("seeds"), "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EverySeedAnalysesToItsGoldenJson(string file)
    {
        var parsed = ArticleParser.Parse("seeds/" + file, File.ReadAllBytes(RepoRoot.File("seeds", file)));
        var article = Assert.Single(parsed.Articles);

        Golden.AssertMatches(Path.GetFileNameWithoutExtension(file), ArticleRecord.From(article, ArticleAnalyzer.Default.Analyze(article)).ToJson());
    }
}
