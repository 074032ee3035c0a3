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

    [Theory]
    [InlineData("etats", "Les \uE000États\uE001-Unis")]
    [InlineData("\"premier ministre\"", "Le \uE000Premier ministre\uE001 et le premier adjoint")]
    [InlineData("minis*", "Le \uE000ministère\uE001 et les \uE000ministres\uE001")]
    [InlineData("\"premier minis\"*", "Le \uE000premier ministre\uE001 et le ministre")]
    [InlineData("budget -ministre", "Le \uE000budget\uE001 du ministre")]
    [InlineData("l'élysée", "Dans \uE000l'Élysée\uE001, à \uE000l'Elysee\uE001")]
    public void MarksTheTermsOfAQueryInAText(string query, string expected)
    {
        var text = expected.Replace("\uE000", "", StringComparison.Ordinal).Replace("\uE001", "", StringComparison.Ordinal);
        Assert.True(SearchQuery.TryParse(query, out var parsed, out _));

        var (title, _) = Highlighting.Mark(text, "", parsed, words: 32);

        Assert.Equal(expected, title);
    }

    [Fact]
    public void TheSnippetIsTheWindowWithTheMostDifferentTerms()
    {
        var filler = string.Join(' ', Enumerable.Range(1, 40).Select(i => "mot" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var body = "Le budget est voté. " + filler + " Le budget du port de Marseille est voté. " + filler + " Fin.";
        Assert.True(SearchQuery.TryParse("budget marseille", out var query, out _));

        var (_, snippet) = Highlighting.Mark("Titre", body, query, words: 10);

        Assert.Equal("…mot38 mot39 mot40 Le \uE000budget\uE001 du port de \uE000Marseille\uE001 est…", snippet);
    }

    [Fact]
    public void NoSnippetWhenNoTermOccursInTheBodyAsWritten()
    {
        // "déclarations" matched through its stem only: the caller cuts the excerpt around the stem instead.
        Assert.True(SearchQuery.TryParse("déclarations", out var query, out _));

        var (title, snippet) = Highlighting.Mark("Les déclarations", "Une déclaration du maire.", query);

        Assert.Equal("Les \uE000déclarations\uE001", title);
        Assert.Null(snippet);
    }

    [Fact]
    public void AShortBodyIsMarkedWhole()
    {
        Assert.True(SearchQuery.TryParse("maire", out var query, out _));

        var (_, snippet) = Highlighting.Mark("", " Le maire a parlé. ", query);

        Assert.Equal("Le \uE000maire\uE001 a parlé.", snippet);
    }

    [Fact]
    public void APhraseLongerThanTheSnippetIsMarkedWhereTheSnippetHoldsIt()
    {
        var phrase = string.Join(' ', Enumerable.Range(1, 12).Select(i => "mot" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(SearchQuery.TryParse("\"" + phrase + "\"", out var query, out _));

        var (_, snippet) = Highlighting.Mark("", "Début du texte. " + phrase + " et la suite du texte.", query, words: 8);

        Assert.Equal("Début du texte. \uE000mot1 mot2 mot3 mot4 mot5\uE001…", snippet);
    }

    [Fact]
    public void AWordOnEveryLineOfALongBodyStillGivesTheWindowWithBothTerms()
    {
        var body = string.Concat(Enumerable.Repeat("Le conseil de la ville a voté. ", 3000)) + "Le conseil de Marseille a voté. " + string.Concat(Enumerable.Repeat("Le conseil a voté. ", 3000));
        Assert.True(SearchQuery.TryParse("conseil marseille", out var query, out _));

        var (_, snippet) = Highlighting.Mark("", body, query, words: 8);

        Assert.Equal("…ville a voté. Le \uE000conseil\uE001 de \uE000Marseille\uE001 a…", snippet);
    }
}
