using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

public sealed class TextDecoderTests
{
    private const string Sample = "Titre\n\nL'été à Paris, café compris.";

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Sample) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)] },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)] },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes(Sample) },
        { "UTF-16 BE without BOM", Encoding.BigEndianUnicode.GetBytes(Sample) },
        { "Windows-1252", Encoding.Latin1.GetBytes(Sample) },
        { "CRLF line ends", Encoding.UTF8.GetBytes(Sample.Replace("\n", "\r\n", StringComparison.Ordinal)) },
        { "CR line ends", Encoding.UTF8.GetBytes(Sample.Replace("\n", "\r", StringComparison.Ordinal)) },
        { "NFD", Encoding.UTF8.GetBytes(Sample.Normalize(NormalizationForm.FormD)) },
        { "control characters", Encoding.UTF8.GetBytes(Sample.Replace("café", "ca\u0007f\u001Bé", StringComparison.Ordinal)) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void DecodesEveryCommonEncodingToTheSameText(string encoding, byte[] bytes)
    {
        var article = Assert.Single(ArticleParser.Parse("a.txt", bytes).Articles);
        Assert.True(article.Body == "L'été à Paris, café compris.", $"{encoding}: {article.Body}");
        Assert.Equal("Titre", article.Title);
    }

    [Fact]
    public void DecodesWindows1252Punctuation()
    {
        // 0x92 is the curly apostrophe and 0x85 the ellipsis in Windows-1252, C1 controls in ISO-8859-1.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Titre\n\nL"), 0x92, .. Encoding.ASCII.GetBytes("homme a dit "), 0xE9, 0x85];
        Assert.Equal("L’homme a dit é…", Assert.Single(ArticleParser.Parse("a.txt", bytes).Articles).Body);
    }
}
