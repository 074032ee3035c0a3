using NewsArchive.Extraction;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Extraction;

public sealed class DateFinderTests
{
    private static readonly DateFinder Finder = new();

    private static ParsedArticle Article(string body, DateOnly? published = null) => new("test.txt", 0, "Titre", body, "fr", published);

    [Fact]
    public void PrefersTheSourcesMetadata() =>
        Assert.Equal(new DateOnly(2025, 2, 4), Finder.Find(Article("3 mars 2018 . – Texte.", new DateOnly(2025, 2, 4)), "fr"));

    [Theory]
    [InlineData("3 mars 2018 . – Les championnats du monde ont lieu.", 2018, 3, 3)]
    [InlineData("1er décembre 2018 . – C'est le troisième week-end.", 2018, 12, 1)]
    [InlineData("PARIS, 24 janvier 2025 (AFP) – Le gouvernement a annoncé.", 2025, 1, 24)]
    [InlineData("March 3, 2018 — The championships took place.", 2018, 3, 3)]
    [InlineData("2018-03-03 Les championnats.", 2018, 3, 3)]
    public void ReadsADateThatOpensTheBody(string body, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Finder.Find(Article(body), "fr"));

    [Theory]
    [InlineData("Le Premier ministre a déclaré devant le Parlement le 24 janvier 2025 que la coopération continuerait.")]
    [InlineData("Aucune date ici.")]
    [InlineData("31 février 2018 . – Une date impossible.")]
    [InlineData("")]
    public void GivesNoDateWhenNothingSaysIt(string body) => Assert.Null(Finder.Find(Article(body), "fr"));
}
