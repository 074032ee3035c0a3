using NewsArchive.Storage;

namespace NewsArchive.Tests.Storage;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("fr", "Les ministres ont déclaré mardi que les ministres déclaraient. L'ÉLYSÉE a déclaré : « Déclarations ».")]
    [InlineData("en", "The ministers said, and the ministers were saying: DECLARATIONS declared.")]
    [InlineData("de", "Die Minister erklärten es den Ministern.")]
    public void StemsEveryWordAsTheStemmerDoesWhenWordsRepeat(string language, string text)
    {
        var expected = string.Join(' ', SearchText.Tokens(text).Select(token => SearchText.Stem(token, language)));

        // Twice: the second pass reads the stems the first one cached.
        Assert.Equal(expected, SearchText.Stems(text, language));
        Assert.Equal(expected, SearchText.Stems(text, language));
    }

    [Fact]
    public void StemsAWordLongerThanTheCachedOnes()
    {
        var word = "anticonstitutionnellement" + new string('s', 60);

        Assert.Equal(SearchText.Stem(word, "fr"), SearchText.Stems(word.ToUpperInvariant(), "fr"));
    }
}
