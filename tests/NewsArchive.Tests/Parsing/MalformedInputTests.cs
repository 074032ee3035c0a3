using System.IO.Compression;
using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

public sealed class MalformedInputTests
{
    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "empty.txt", [], "empty file" },
        { "blank.txt", Encoding.UTF8.GetBytes("  \n\t\r\n  "), "whitespace" },
        { "image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "binary content (PNG image) under a .txt name" },
        { "photo.md", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16], "binary content (JPEG image) under a .md name" },
        { "doc.txt", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ"), "PDF document" },
        { "nul.txt", [(byte)'a', 0, 0, (byte)'b', (byte)'c', 0, 0, 0, (byte)'d', 1, 2], "NUL bytes" },
        { "fake.zip", Encoding.UTF8.GetBytes("not a zip"), "not a zip archive" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void ReportsBadFilesInPlainWords(string source, byte[] content, string reason)
    {
        var file = ArticleParser.Parse(source, content);
        Assert.Empty(file.Articles);
        var failure = Assert.Single(file.Failures);
        Assert.Equal(source, failure.Source);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("A.HTML", true)]
    [InlineData("dir/feed.atom", true)]
    [InlineData("x.ndjson", true)]
    [InlineData("photo.png", false)]
    [InlineData("noextension", false)]
    public void KnowsWhichExtensionsItReads(string path, bool supported)
    {
        Assert.Equal(supported, ArticleParser.IsSupported(path));
    }

    public static TheoryData<string, string> Samples() => new()
    {
        { ".txt", File.ReadAllText(RepoRoot.File("seeds", "000_a1569518ab3dae2f.txt")) },
        { ".html", "<html lang=fr><head><title>T</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script></head><body><article><h1>T</h1><p>PARIS (AFP) - Un texte.</p><h2>S</h2><p>Suite.</p></article></body></html>" },
        { ".json", """{"articles":[{"title":"T","body":"<p>Un.</p>","date":"4 févr. 2025","tags":["a"],"author":[{"name":"X"}]},{"title":"U","text":["Deux."]}]}""" },
        { ".md", "---\ntitle: T\ndate: 2025-02-04\ntags: [a, b]\n---\n# H\n\nUn *texte* <b>x</b>.\n\n## Sous\n\n- a\n- b\n" },
        { ".xml", """<?xml version="1.0"?><rss version="2.0"><channel><item><title>T &amp; U</title><pubDate>Tue, 04 Feb 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;Texte.&lt;/p&gt;</description></item></channel></rss>""" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void NeverMeetsAnUnexpectedErrorOnTruncatedOrCorruptedInput(string extension, string sample)
    {
        var original = Encoding.UTF8.GetBytes(sample);
        var zipped = TestZip.Of(CompressionLevel.Optimal, ("a" + extension, original));

        var random = new Random(20250204);
        foreach (var (bytes, name) in new[] { (original, "a" + extension), (zipped, "a.zip") })
        {
            for (var i = 0; i < 60; i++)
            {
                var damaged = i % 2 == 0 ? bytes[..random.Next(bytes.Length + 1)] : Corrupt(bytes, random);
                var file = ArticleParser.Parse(name, damaged);
                Assert.DoesNotContain(file.Failures, f => f.Reason.StartsWith("could not be read", StringComparison.Ordinal));
                Assert.All(file.Articles, a => Assert.All(a.Subheadings ?? [], s => Assert.InRange(s.End, s.Start + 1, a.Body.Length)));
            }
        }
    }

    private static byte[] Corrupt(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var k = 0; k < 1 + random.Next(6); k++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }
}
