using NewsArchive.Extraction;

namespace NewsArchive.Tests.Extraction;

public sealed class LanguageDetectorTests
{
    private readonly LanguageDetector detector = new();

    [Theory]
    [InlineData("Le Premier ministre japonais rencontrera le président américain lors d'une visite aux États-Unis cette semaine, avec l'intention d'établir une relation de confiance.", "fr")]
    [InlineData("The Japanese prime minister will meet the American president during a visit to the United States this week, with the intention of building trust.", "en")]
    [InlineData("Der japanische Ministerpräsident trifft den amerikanischen Präsidenten während eines Besuchs in den Vereinigten Staaten diese Woche, um Vertrauen aufzubauen.", "und")]
    public void RecognisesFrenchEnglishAndOthers(string body, string expected)
    {
        Assert.Equal(expected, detector.Detect(body, null));
    }

    [Fact]
    public void TrustsTheHintForShortText()
    {
        Assert.Equal("en", detector.Detect("Tokyo, mardi", "en"));
    }

    [Fact]
    public void PrefersTheTextOverAWrongHintWhenTheTextIsLong()
    {
        Assert.Equal("fr", detector.Detect("Le gouvernement a annoncé mardi que les élections auront lieu en mars, et que le président de la République sera présent dans la ville pour les résultats.", "en"));
    }
}
