using NewsArchive.Storage;

namespace NewsArchive.Tests.Storage;

public sealed class SearchQueryTests
{
    [Fact]
    public void QuotesEveryWordAndAddsItsStems()
    {
        Assert.True(SearchQuery.TryParse("Déclarations", out var query, out _));

        Assert.StartsWith("""(({Title Body} : "déclarations") OR ({TitleStems BodyStems} : ("déclar" """, query.MatchExpression, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"guerre froide\"", """({Title Body} : "guerre froide")""")]
    [InlineData("gouv*", """({Title Body} : "gouv" *)""")]
    [InlineData("etats-unis", """(({Title Body} : "etats unis") OR ({TitleStems BodyStems} : ("etat unis" OR "etat uni")))""")]
    [InlineData("NEAR(", """(({Title Body} : "near") OR ({TitleStems BodyStems} : ("near")))""")]
    [InlineData("title:x", """(({Title Body} : "title x") OR ({TitleStems BodyStems} : ("titl x")))""")]
    public void TurnsSyntaxIntoQuotedText(string text, string expected)
    {
        Assert.True(SearchQuery.TryParse(text, out var query, out _));

        Assert.Equal(expected, query.MatchExpression);
    }

    [Fact]
    public void JoinsOrGroupsAndExclusions()
    {
        Assert.True(SearchQuery.TryParse("\"a b\" OR \"c d\" \"e f\" -\"g h\" NOT \"i j\"", out var query, out _));

        Assert.Equal(
            """(({Title Body} : "a b" OR {Title Body} : "c d") AND ({Title Body} : "e f")) NOT ({Title Body} : "g h") NOT ({Title Body} : "i j")""",
            query.MatchExpression);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("* - ( ) OR AND NOT")]
    [InlineData("-rome -paris")]
    public void RefusesQueriesWithNothingToLookFor(string text)
    {
        Assert.False(SearchQuery.TryParse(text, out var query, out var error));

        Assert.Null(query);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void KeepsTheStemsOfWantedWordsForHighlighting()
    {
        Assert.True(SearchQuery.TryParse("déclarations -guerre", out var query, out _));

        Assert.Contains("declar", query.HighlightStems);
        Assert.DoesNotContain(query.HighlightStems, s => s.StartsWith("guer", StringComparison.Ordinal));
    }
}
