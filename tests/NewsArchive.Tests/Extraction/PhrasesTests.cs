using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Tests.Extraction;

/// <summary>
/// Phrase lists with a first word that opens few phrases, and one that opens many (looked up by their second word too):
/// both must give the longest phrase, ignoring case unless capitals are kept.
/// </summary>
public sealed class PhrasesTests
{
    // "La" opens more phrases than the second-word index threshold; "Port" opens two.
    private static readonly string[] Communes =
    [
        "La", "La Roche", "La Roche sur Yon", "La Roche Posay", "La Rochelle", "La Baule", "La Ciotat", "La Flèche",
        "La Garde", "La Seyne sur Mer", "La Teste", "Port", "Port Louis",
    ];

    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(text, static _ => false);

    private static string? LongestAt(Phrases phrases, string text, int at)
    {
        var tokens = Tokens(text);
        var length = phrases.LongestAt(text, tokens, at);
        return length == 0 ? null : text[tokens[at].Start..tokens[at + length - 1].End];
    }

    private static string? LongestEndingAt(Phrases phrases, string text, int last)
    {
        var tokens = Tokens(text);
        var length = phrases.LongestEndingAt(text, tokens, last);
        return length == 0 ? null : text[tokens[last - length + 1].Start..tokens[last].End];
    }

    [Theory]
    [InlineData("à La Roche sur Yon hier", "La Roche sur Yon")]
    [InlineData("à La Roche hier", "La Roche")]
    [InlineData("à la roche posay hier", "la roche posay")]
    [InlineData("à La Roche sur Mer hier", "La Roche")]
    [InlineData("à La Rochelle hier", "La Rochelle")]
    [InlineData("à La Pierre hier", "La")]
    [InlineData("à La", "La")]
    [InlineData("à Port Louis hier", "Port Louis")]
    [InlineData("à Port Vila hier", "Port")]
    [InlineData("à Paris hier", null)]
    public void FindsTheLongestPhraseStartingAtAToken(string text, string? expected)
    {
        Assert.Equal(expected, LongestAt(new Phrases(Communes), text, 1));
    }

    [Theory]
    [InlineData("à La Seyne sur Mer", "La Seyne sur Mer")]
    [InlineData("à La Rochelle", "La Rochelle")]
    [InlineData("à Port Louis", "Port Louis")]
    [InlineData("à La", "La")]
    [InlineData("à Rochelle", null)]
    public void FindsTheLongestPhraseEndingAtAToken(string text, string? expected)
    {
        Assert.Equal(expected, LongestEndingAt(new Phrases(Communes), text, Tokens(text).Count - 1));
    }

    [Fact]
    public void KeepsCapitalsWhenAskedWhateverTheIndex()
    {
        var kept = new Phrases(Communes, keepCapitals: true);
        Assert.Null(LongestAt(kept, "à la rochelle hier", 1));
        Assert.Equal("La Rochelle", LongestAt(kept, "à La Rochelle hier", 1));
        Assert.Null(LongestAt(kept, "à port louis hier", 1));
    }

    [Fact]
    public void TellsOneWordPhrasesWithAnyCase()
    {
        var phrases = new Phrases(Communes);
        Assert.True(phrases.IsWord("la"));
        Assert.True(phrases.IsWord("Port"));
        Assert.False(phrases.IsWord("Rochelle"));
        Assert.False(new Phrases(["Port Louis"]).IsWord("Port"));
    }
}
