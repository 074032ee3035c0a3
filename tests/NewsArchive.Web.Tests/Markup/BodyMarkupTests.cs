using NewsArchive.Extraction;
using NewsArchive.Web.Markup;

namespace NewsArchive.Web.Tests.Markup;

public sealed class BodyMarkupTests
{
    private const string Body = "Le ministre Jean Dupont a dit : « Nous viendrons à Paris ».\nSecond paragraphe.";

    private static MentionMark Mention(string text, EntityKind kind = EntityKind.Person) =>
        new(Body.IndexOf(text, StringComparison.Ordinal), Body.IndexOf(text, StringComparison.Ordinal) + text.Length, kind, text.ToLowerInvariant(), text);

    private static QuoteMark Quote(string text) =>
        new(7, Body.IndexOf(text, StringComparison.Ordinal), Body.IndexOf(text, StringComparison.Ordinal) + text.Length, EntityKind.Person, "jean-dupont", "Jean Dupont");

    [Fact]
    public void SplitsParagraphsAtLineBreaksAndKeepsEveryCharacter()
    {
        var paragraphs = BodyMarkup.Split(Body, [Mention("Jean Dupont"), Mention("Paris", EntityKind.Place)], [Quote("Nous viendrons à Paris")]);

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(Body.Split('\n')[0], string.Concat(paragraphs[0].Runs.SelectMany(r => r.Parts).Select(p => p.Text)));
        Assert.Equal("Second paragraphe.", string.Concat(paragraphs[1].Runs.SelectMany(r => r.Parts).Select(p => p.Text)));
    }

    [Fact]
    public void NestsAMentionInsideItsQuoteAndMarksWhereTheQuoteEnds()
    {
        var paragraphs = BodyMarkup.Split(Body, [Mention("Paris", EntityKind.Place)], [Quote("Nous viendrons à Paris")]);

        var quoted = Assert.Single(paragraphs[0].Runs, r => r.Quote is not null);
        Assert.True(quoted.QuoteEnds);
        Assert.Equal(["Nous viendrons à ", "Paris"], quoted.Parts.Select(p => p.Text));
        Assert.Equal(EntityKind.Place, quoted.Parts[1].Mention?.Kind);
        Assert.Null(quoted.Parts[0].Mention);
    }

    [Fact]
    public void DropsMarksOutsideTheBodyAndOverlappingMentions()
    {
        var outside = new MentionMark(Body.Length - 2, Body.Length + 5, EntityKind.Person, "x", "x");
        var overlapping = new MentionMark(Body.IndexOf("Dupont", StringComparison.Ordinal), Body.IndexOf("Dupont", StringComparison.Ordinal) + 9, EntityKind.Person, "y", "y");

        var paragraphs = BodyMarkup.Split(Body, [Mention("Jean Dupont"), outside, overlapping], []);

        var links = paragraphs.SelectMany(p => p.Runs).SelectMany(r => r.Parts).Where(p => p.Mention is not null).ToList();
        Assert.Equal("Jean Dupont", Assert.Single(links).Text);
    }

    [Fact]
    public void DropsAMentionThatStraddlesAQuoteBoundary()
    {
        var start = Body.IndexOf("dit", StringComparison.Ordinal);
        var straddling = new MentionMark(start, Body.IndexOf("Nous", StringComparison.Ordinal) + 4, EntityKind.Person, "z", "z");

        var paragraphs = BodyMarkup.Split(Body, [straddling], [Quote("Nous viendrons à Paris")]);

        Assert.DoesNotContain(paragraphs.SelectMany(p => p.Runs).SelectMany(r => r.Parts), p => p.Mention is not null);
    }

    [Fact]
    public void AnEmptyBodyHasNoParagraphs() => Assert.Empty(BodyMarkup.Split("", [], []));
}
