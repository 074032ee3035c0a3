using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

public sealed class UrlListTests
{
    [Theory]
    [InlineData("seeds/wikinews-fr/2018/2018-03-urls.txt", true)]
    [InlineData("2016-12-urls.txt", true)]
    [InlineData("seeds/wikinews-fr/2018/03/2018_03_01-001.txt", false)]
    [InlineData("urls.txt", false)]
    public void RecognisesUrlListsByName(string path, bool expected)
    {
        Assert.Equal(expected, UrlList.IsUrlList(path));
    }

    [Fact]
    public void MapsIdsToUrlsAndSkipsBadLines()
    {
        var urls = UrlList.Parse("2018_03_01-001\thttps://fr.wikinews.org/wiki/A\r\nnot a line\n2018_03_02-001\tftp://x\n\n2018_03_03-001\thttps://fr.wikinews.org/wiki/B\n");
        Assert.Equal(2, urls.Count);
        Assert.Equal("https://fr.wikinews.org/wiki/A", urls["2018_03_01-001"]);
        Assert.Equal("https://fr.wikinews.org/wiki/B", urls["2018_03_03-001"]);
    }

    [Fact]
    public void ReadsTheSeedUrlList()
    {
        var urls = UrlList.Parse(File.ReadAllText(RepoRoot.File("seeds", "wikinews-fr", "2018", "2018-03-urls.txt")));
        Assert.StartsWith("https://fr.wikinews.org/wiki/Allemagne", urls["2018_03_01-001"], StringComparison.Ordinal);
    }
}
