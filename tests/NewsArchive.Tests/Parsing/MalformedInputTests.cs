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
}
