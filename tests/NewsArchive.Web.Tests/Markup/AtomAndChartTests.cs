using System.Xml.Linq;
using NewsArchive.Web.Markup;

namespace NewsArchive.Web.Tests.Markup;

public sealed class AtomAndChartTests
{
    [Fact]
    public void WritesAValidAtomFeedWithEscapedText()
    {
        var xml = AtomFeed.Write("http://x/feed", "A <b> & c", "http://x/feed", "http://x/", [
            new AtomEntry("http://x/articles/1/a", "Title & <more>", "http://x/articles/1/a", new DateOnly(2025, 2, 4), DateTimeOffset.UnixEpoch, "Body « text »"),
        ]);

        var feed = XDocument.Parse(xml).Root!;
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(atom + "feed", feed.Name);
        Assert.Equal("A <b> & c", feed.Element(atom + "title")!.Value);
        var entry = Assert.Single(feed.Elements(atom + "entry"));
        Assert.Equal("Title & <more>", entry.Element(atom + "title")!.Value);
        Assert.Equal("2025-02-04T00:00:00Z", entry.Element(atom + "published")!.Value);
    }

    [Fact]
    public void ChartFillsMissingMonthsWithEmptyBars()
    {
        var chart = BarChart.OfMonths(new Dictionary<string, int> { ["2024-11"] = 2, ["2025-02"] = 4 });

        Assert.Equal(["2024-11", "2024-12", "2025-01", "2025-02"], chart.Bars.Select(b => b.Label));
        Assert.Equal([2, 0, 0, 4], chart.Bars.Select(b => b.Value));
        Assert.Equal(BarChart.PlotHeight, chart.Bars[^1].Height);
        Assert.Equal(BarChart.PlotHeight / 2, chart.Bars[0].Height);
    }

    [Fact]
    public void ChartOfNothingHasNoBars() => Assert.Empty(BarChart.OfMonths(new Dictionary<string, int>()).Bars);
}
