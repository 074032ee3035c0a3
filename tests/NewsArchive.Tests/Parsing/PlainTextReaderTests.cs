using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

public sealed class PlainTextReaderTests
{
    private static ParsedArticle Single(string source, string text)
    {
        var file = ArticleParser.Parse(source, Encoding.UTF8.GetBytes(text));
        Assert.Empty(file.Failures);
        return Assert.Single(file.Articles);
    }

    [Fact]
    public void ReadsTheSeedWireCopy()
    {
        var path = RepoRoot.File("seeds", "000_a1569518ab3dae2f.txt");
        var article = Assert.Single(ArticleParser.Parse(path, File.ReadAllBytes(path)).Articles);

        Assert.Equal(
            "Le Premier ministre japonais Shigeru Ishiba rencontrera le président américain Donald Trump lors d'une visite aux États-Unis cette semaine",
            article.Title);
        Assert.Equal("TOKYO", article.Dateline);
        Assert.Null(article.Published);
        Assert.StartsWith("Le Premier ministre", article.Body, StringComparison.Ordinal);
        Assert.Contains("\n- Les inquiétudes de Tokyo -\n", article.Body, StringComparison.Ordinal);
        Assert.Equal(
            ["Les inquiétudes de Tokyo", "« Stargate au Japon »"],
            article.Subheadings!.Select(s => article.Body[s.Start..s.End]));
    }

    [Fact]
    public void ReadsAWikinewsArticle()
    {
        var path = RepoRoot.File("seeds", "wikinews-fr", "2018", "03", "2018_03_01-001.txt");
        var article = Assert.Single(ArticleParser.Parse(path, File.ReadAllBytes(path)).Articles);

        Assert.Equal("Allemagne : différents ministères touchés par une cyberattaque inédite", article.Title);
        Assert.Equal(new DateOnly(2018, 3, 1), article.Published);
        Assert.Null(article.Dateline);
        Assert.StartsWith("Les autorités allemandes ont révélé aujourd'hui", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("1er mars 2018", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsEveryWikinewsSeedWithATitleAndADate()
    {
        var files = Directory.GetFiles(RepoRoot.File("seeds", "wikinews-fr"), "*.txt", SearchOption.AllDirectories)
            .Where(f => !UrlList.IsUrlList(f))
            .ToList();
        Assert.True(files.Count > 1000);

        var wrong = files
            .Select(file => (file, Article: ArticleParser.Parse(file, File.ReadAllBytes(file)).Articles.SingleOrDefault()))
            .Where(p => p.Article is not { Published: not null, Body.Length: > 0 } || p.Article.Title != File.ReadLines(p.file).First().Trim())
            .Select(p => Path.GetFileName(p.file))
            .ToList();
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("Titre\n\n3 mars 2018 . –\nLe corps.", "Titre", 2018, 3, 3, "Le corps.")]
    [InlineData("Titre\n\n1er octobre 2017 . – Ce dimanche, il pleut.\n\nSuite.", "Titre", 2017, 10, 1, "Ce dimanche, il pleut.\n\nSuite.")]
    [InlineData("Titre\n\n4 août 2016, 14 h 30 UTC . –\nLe corps.", "Titre", 2016, 8, 4, "Le corps.")]
    [InlineData("Headline\n\nMarch 3, 2018 . –\nThe body.", "Headline", 2018, 3, 3, "The body.")]
    [InlineData("Titre\n\nUn chapeau.\n\n3 mars 2018 . –\nLe corps.", "Titre", 2018, 3, 3, "Un chapeau.\n\nLe corps.")]
    [InlineData("Titre\n\nCet article mentionne la Fondation Wikimedia.\n\n3 mars 2018 . –\nLe corps.", "Titre", 2018, 3, 3, "Le corps.")]
    public void ReadsTheWikinewsLayout(string text, string title, int year, int month, int day, string body)
    {
        var article = Single("a.txt", text);
        Assert.Equal(title, article.Title);
        Assert.Equal(new DateOnly(year, month, day), article.Published);
        Assert.Equal(body, article.Body);
    }

    [Theory]
    [InlineData("PARIS (AFP) - Le gouvernement a annoncé lundi un plan.", "PARIS", null, "Le gouvernement a annoncé lundi un plan.")]
    [InlineData("WASHINGTON, 4 févr. 2025 (AFP) - Le Congrès a voté.", "WASHINGTON", "2025-02-04", "Le Congrès a voté.")]
    [InlineData("NEW YORK, Feb. 4, 2025 (Reuters) - Stocks rose on Tuesday.", "NEW YORK", "2025-02-04", "Stocks rose on Tuesday.")]
    [InlineData("TOKYO : Le Japon a voté.", "TOKYO", null, "Le Japon a voté.")]
    [InlineData("Paris, 4 février (AFP) - Le ministre parle.", "Paris", null, "Le ministre parle.")]
    [InlineData("LYON, selon nos informations : le maire part.", null, null, "LYON, selon nos informations : le maire part.")]
    [InlineData("France : la CGT bloque les journaux.", null, null, "France : la CGT bloque les journaux.")]
    [InlineData("EXCLUSIF : Le ministre démissionne.", null, null, "EXCLUSIF : Le ministre démissionne.")]
    [InlineData("PARIS — Le ministre démissionne.", "PARIS", null, "Le ministre démissionne.")]
    public void TakesTheDatelineOutOfTheBody(string text, string? place, string? date, string body)
    {
        var article = Single("wire.txt", text);
        Assert.Equal(place, article.Dateline);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), article.Published);
        Assert.Equal(body, article.Body);
    }

    [Fact]
    public void TakesAShortFirstLineFollowedByABlankLineAsTheHeadline()
    {
        var article = Single("note.txt", "Un titre court\n\nPremier paragraphe.\n\nSecond paragraphe.\n");
        Assert.Equal("Un titre court", article.Title);
        Assert.Equal("Premier paragraphe.\n\nSecond paragraphe.", article.Body);
    }

    [Theory]
    [InlineData("Le maire a démissionné. Il part.", "Le maire a démissionné")]
    [InlineData("M. Dupont a démissionné lundi. Il part.", "M. Dupont a démissionné lundi")]
    [InlineData(
        "Le président de la République a annoncé lundi soir une série de mesures destinées à soutenir le pouvoir d'achat des ménages, a déclaré l'Élysée.",
        "Le président de la République a annoncé lundi soir une série de mesures destinées à soutenir le pouvoir d'achat des ménages")]
    public void DerivesTheTitleFromTheLeadSentence(string lead, string title)
    {
        Assert.Equal(title, Single("wire.txt", lead).Title);
    }

    [Fact]
    public void NeverCutsATitleInsideAWord()
    {
        var lead = string.Join(' ', Enumerable.Repeat("interminablement", 20)) + ".";
        var title = Single("wire.txt", lead).Title;
        Assert.True(title.Length <= LeadTitle.SoftLimit + 2);
        Assert.All(title.TrimEnd('…', ' ').Split(' '), word => Assert.Equal("interminablement", word));
    }
}
