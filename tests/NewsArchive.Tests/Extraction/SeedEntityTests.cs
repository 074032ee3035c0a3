using NewsArchive.Extraction;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Extraction;

public sealed class SeedEntityTests
{
    private static Analysis AnalyseSeed()
    {
        var text = File.ReadAllText(RepoRoot.File("seeds", "000_a1569518ab3dae2f.txt"));
        const string dateline = "TOKYO : ";
        Assert.StartsWith(dateline, text, StringComparison.Ordinal);
        var body = text[dateline.Length..];
        return ArticleAnalyzer.Default.Analyze(new ParsedArticle("seed", 0, "Shigeru Ishiba rencontrera Donald Trump", body, Dateline: "TOKYO"));
    }

    [Fact]
    public void FindsExactlyTheSeedPeople()
    {
        var analysis = AnalyseSeed();
        Assert.Equal(
            ["Shigeru Ishiba", "Donald Trump", "Yoshimasa Hayashi", "Joe Biden", "Akie Abe", "Melania Trump", "Masayoshi Son", "Sam Altman"],
            analysis.People.Select(p => p.Name));
    }

    [Fact]
    public void MergesTheSeedVariantsIntoTheirFullNames()
    {
        var people = AnalyseSeed().People.ToDictionary(p => p.Name, p => p.Mentions.Select(m => m.Text).Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["Hayashi", "Yoshimasa Hayashi"], people["Yoshimasa Hayashi"]);
        Assert.Equal(["Masayoshi Son", "Son"], people["Masayoshi Son"]);
        Assert.Equal(["Donald Trump", "Trump"], people["Donald Trump"]);
        Assert.Equal(["Melania Trump"], people["Melania Trump"]);
    }

    [Fact]
    public void FindsTheSeedOrganisationsAndNoProduct()
    {
        var organisations = AnalyseSeed().Organisations.Select(o => o.Name).ToList();
        foreach (var expected in new[] { "SoftBank", "Nippon Steel", "US Steel", "Oracle", "OpenAI" })
        {
            Assert.Contains(expected, organisations);
        }

        Assert.DoesNotContain("ChatGPT", organisations);
        Assert.DoesNotContain("Stargate", organisations);
    }

    [Fact]
    public void FindsTheSeedPlacesAndNothingFalse()
    {
        var analysis = AnalyseSeed();
        var places = analysis.Places.Select(p => p.Name).ToList();
        foreach (var expected in new[] { "États-Unis", "Japon", "Washington D.C.", "Okinawa", "Taïwan", "Pékin", "Floride", "Asie-Pacifique", "Corée du Nord", "Chine", "Tokyo" })
        {
            Assert.Contains(expected, places);
        }

        var everything = analysis.People.Concat(analysis.Organisations).SelectMany(e => e.Mentions).Select(m => m.Text).ToList();
        foreach (var wrong in new[] { "Stargate", "Le Premier", "Premier", "TOKYO", "Washington", "ChatGPT", "Lundi" })
        {
            Assert.DoesNotContain(wrong, everything);
        }

        Assert.Equal("fr", analysis.Language);
    }
}
