using System.IO.Compression;
using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

public sealed class ZipArticleReaderTests
{
    private static byte[] Zip(params (string Name, byte[] Content)[] entries) => TestZip.Of(CompressionLevel.SmallestSize, entries);

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void ReadsEverySupportedEntryAndNamesItsSource()
    {
        var zip = Zip(
            ("2018/a.txt", Text("Titre A\n\nCorps A.")),
            ("2018/b.json", Text("""[{"title":"B1","body":"Corps B1."},{"title":"B2","body":"Corps B2."}]""")),
            ("2018/", []),
            ("photo.png", [0x89, (byte)'P', (byte)'N', (byte)'G']),
            ("2018/2018-03-urls.txt", Text("2018_03_01-001\thttps://x.example/a")));
        var file = ArticleParser.Parse("archive.zip", zip);

        Assert.Empty(file.Failures);
        Assert.Equal(
            [("archive.zip/2018/a.txt", 0, "Titre A"), ("archive.zip/2018/b.json", 0, "B1"), ("archive.zip/2018/b.json", 1, "B2")],
            file.Articles.Select(a => (a.Source, a.Item, a.Title)));
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("inner/../../evil.txt")]
    [InlineData("/etc/evil.txt")]
    [InlineData("C:/evil.txt")]
    [InlineData("..\\evil.txt")]
    public void RejectsEntriesThatEscapeTheArchiveAndReadsTheRest(string name)
    {
        var file = ArticleParser.Parse("archive.zip", Zip((name, Text("Mal\n\nTexte.")), ("good.txt", Text("Bien\n\nTexte."))));

        Assert.Equal("Bien", Assert.Single(file.Articles).Title);
        var failure = Assert.Single(file.Failures);
        Assert.Equal("zip entry escapes the archive: " + name.Replace('\\', '/'), failure.Reason);
    }

    [Fact]
    public void StopsAZipBombWhileInflating()
    {
        // 16 MiB of spaces deflate to a few kilobytes: far past any ratio real text reaches.
        var bomb = Zip(("bomb.txt", Encoding.ASCII.GetBytes(new string(' ', 16 * 1024 * 1024))), ("ok.txt", Text("Bien\n\nTexte.")));
        Assert.True(bomb.Length < 100_000);

        var file = ArticleParser.Parse("bomb.zip", bomb);
        Assert.Equal("Bien", Assert.Single(file.Articles).Title);
        var failure = Assert.Single(file.Failures);
        Assert.Equal("bomb.zip/bomb.txt", failure.Source);
        Assert.Contains("zip bomb", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EnforcesEntrySizeTotalSizeAndEntryCountLimits()
    {
        var article = Text("Titre\n\n" + string.Concat(Enumerable.Range(0, 400).Select(i => $"Phrase numéro {i}. ")));
        var zip = Zip(("a.txt", article), ("b.txt", article), ("c.txt", article));

        var tooBig = ArticleParser.Parse("z.zip", zip, ZipLimits.Default with { MaxEntryBytes = 1000 });
        Assert.All(tooBig.Failures, f => Assert.StartsWith("zip entry too large", f.Reason, StringComparison.Ordinal));
        Assert.Equal(3, tooBig.Failures.Count);

        var tooMuch = ArticleParser.Parse("z.zip", zip, ZipLimits.Default with { MaxTotalBytes = article.Length * 2L });
        Assert.Equal(2, tooMuch.Articles.Count);
        Assert.StartsWith("zip archive too large", Assert.Single(tooMuch.Failures).Reason, StringComparison.Ordinal);

        var tooMany = ArticleParser.Parse("z.zip", zip, ZipLimits.Default with { MaxEntries = 2 });
        Assert.Equal(2, tooMany.Articles.Count);
        Assert.Contains("more than 2 entries", Assert.Single(tooMany.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsOneLevelOfNestedZipsButNoDeeper()
    {
        var innermost = Zip(("deep.txt", Text("Profond\n\nTexte.")));
        var inner = Zip(("inner.txt", Text("Dedans\n\nTexte.")), ("deeper.zip", innermost));
        var file = ArticleParser.Parse("outer.zip", Zip(("inner.zip", inner)));

        Assert.Equal("outer.zip/inner.zip/inner.txt", Assert.Single(file.Articles).Source);
        Assert.Equal("outer.zip/inner.zip/deeper.zip", Assert.Single(file.Failures).Source);
    }

    [Fact]
    public void ReportsEntryFailuresInsideTheArchive()
    {
        var file = ArticleParser.Parse("a.zip", Zip(("empty.txt", []), ("bad.json", Text("{\"title\":")), ("image.txt", [0xFF, 0xD8, 0xFF, 0xE0])));
        Assert.Equal(
            [("a.zip/empty.txt", "empty file"), ("a.zip/bad.json", "invalid JSON"), ("a.zip/image.txt", "binary content (JPEG image) under a .txt name")],
            file.Failures.Select(f => (f.Source, f.Reason.Split(" at line")[0])));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3 })]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 5, 6 })]
    public void ReportsACorruptArchive(byte[] content)
    {
        var file = ArticleParser.Parse("broken.zip", content);
        Assert.Empty(file.Articles);
        Assert.StartsWith("corrupt zip archive", Assert.Single(file.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RecognisesAZipByItsSignatureWhateverItsName()
    {
        var file = ArticleParser.Parse("export.txt", Zip(("a.md", Text("# Bonjour\n\nLe monde."))));
        var article = Assert.Single(file.Articles);
        Assert.Equal(("export.txt/a.md", "Bonjour", "Le monde."), (article.Source, article.Title, article.Body));
    }
}
