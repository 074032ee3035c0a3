using NewsArchive.Storage;

namespace NewsArchive.Tests.Storage;

public sealed class HighlightingTests
{
    [Fact]
    public void SplitsMarkedTextIntoSegments()
    {
        var segments = Highlighting.Split("Le \uE000président\uE001 a parlé\uE000\uE001.");

        Assert.Equal([new HighlightSegment("Le ", false), new HighlightSegment("président", true), new HighlightSegment(" a parlé.", false)], segments);
    }

    [Fact]
    public void HighlightsWordsWithAWantedStem()
    {
        var segments = Highlighting.Split("Une déclaration, des déclarations.", new HashSet<string>(StringComparer.Ordinal) { "declar" });

        Assert.Equal(["déclaration", "déclarations"], segments.Where(s => s.Highlighted).Select(s => s.Text));
        Assert.Equal("Une déclaration, des déclarations.", string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void ExcerptsStartNearTheFirstMatch()
    {
        var body = string.Join(' ', Enumerable.Range(1, 50).Select(i => "mot" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " déclaration finale.";

        var excerpt = Highlighting.Excerpt(body, new HashSet<string>(StringComparer.Ordinal) { "declar" }, words: 8);

        Assert.Equal("…mot47 mot48 mot49 mot50 déclaration finale.", excerpt);
    }

    [Fact]
    public void ExcerptsOfShortTextKeepItWhole()
    {
        Assert.Equal("Deux mots.", Highlighting.Excerpt("Deux mots.", new HashSet<string>(StringComparer.Ordinal), words: 8));
    }
}
