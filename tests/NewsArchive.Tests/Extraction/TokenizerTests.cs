using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Tests.Extraction;

public sealed class TokenizerTests
{
    private static string[] Words(string text) =>
        [.. Tokenizer.Tokenize(text, EntityRules.Default.IsAbbreviation).Select(t => text[t.Start..t.End])];

    [Theory]
    [InlineData("l'Ukraine d'aujourd'hui", new[] { "l'", "Ukraine", "d'", "aujourd'hui" })]
    [InlineData("qu’il", new[] { "qu’", "il" })]
    [InlineData("l' International", new[] { "l'", "International" })]
    [InlineData("a déclaré M. Hayashi.", new[] { "a", "déclaré", "M.", "Hayashi", "." })]
    [InlineData("Washington D.C. et les U.S.", new[] { "Washington", "D.C.", "et", "les", "U.S." })]
    [InlineData("Jean-Yves Le Drian a-t-il dit", new[] { "Jean-Yves", "Le", "Drian", "a-t-il", "dit" })]
    [InlineData("Trump's plan", new[] { "Trump", "'s", "plan" })]
    [InlineData("une marche anti-Trump et pro-Erdogan", new[] { "une", "marche", "anti", "-", "Trump", "et", "pro", "-", "Erdogan" })]
    [InlineData("un discours anti-immigration", new[] { "un", "discours", "anti-immigration" })]
    [InlineData("le Dr. Smith", new[] { "le", "Dr.", "Smith" })]
    [InlineData("«\u00a0Stargate\u00a0» — dont", new[] { "«", "Stargate", "»", "—", "dont" })]
    public void SplitsFrenchAndEnglishWords(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Fact]
    public void MarksSentenceStartsAfterDetachedFullStopsLinesAndQuotes()
    {
        const string text = "Il parle avec Obama . Cette fois\nTokyo s'alarme « Si oui";
        var starts = Tokenizer.Tokenize(text, EntityRules.Default.IsAbbreviation).Where(t => t.SentenceStart).Select(t => text[t.Start..t.End]);
        Assert.Equal(["Il", "Cette", "Tokyo", "Si"], starts);
    }

    [Fact]
    public void GivesOffsetsIntoTheText()
    {
        const string text = "  Le Japon.";
        var japan = Tokenizer.Tokenize(text, EntityRules.Default.IsAbbreviation)[1];
        Assert.Equal((5, 10), (japan.Start, japan.End));
        Assert.True(japan.Capitalised);
    }
}
