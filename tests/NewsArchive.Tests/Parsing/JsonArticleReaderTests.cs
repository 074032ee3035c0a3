using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

public sealed class JsonArticleReaderTests
{
    private static ParsedFile Parse(string source, string json) => ArticleParser.Parse(source, Encoding.UTF8.GetBytes(json));

    [Fact]
    public void ReadsOneRecordWithAllItsFields()
    {
        var file = Parse("one.json", """
            {
              "headline": "Le Parlement adopte la loi",
              "articleBody": "PARIS (AFP) - Le Parlement a adopté mardi la loi.\n\nLe texte entre en vigueur en mars.",
              "publishedAt": "2025-02-04T10:00:00Z",
              "link": "https://journal.example/loi",
              "lang": "fr",
              "tags": ["politique", "loi"],
              "author": {"name": "Paul Martin"}
            }
            """);
        var article = Assert.Single(file.Articles);
        Assert.Equal("Le Parlement adopte la loi", article.Title);
        Assert.Equal("Le Parlement a adopté mardi la loi.\n\nLe texte entre en vigueur en mars.", article.Body);
        Assert.Equal("PARIS", article.Dateline);
        Assert.Equal(new DateOnly(2025, 2, 4), article.Published);
        Assert.Equal("https://journal.example/loi", article.Url);
        Assert.Equal("fr", article.Language);
        Assert.Equal(["politique", "loi"], article.Tags!);
        Assert.Equal("Paul Martin", article.Author);
    }

    [Theory]
    [InlineData("""[{"title":"A","body":"Un."},{"title":"B","text":"Deux."}]""")]
    [InlineData("""{"articles":[{"title":"A","body":"Un."},{"title":"B","content":"Deux."}]}""")]
    [InlineData("""{"items":[{"title":"A","body":"Un."},{"title":"B","body":["Deux."]}]}""")]
    [InlineData("""{"data":[{"title":"A","body":"<p>Un.</p>"},{"title":"B","body":"<p>Deux.<script>x()</script></p>"}]}""")]
    public void ReadsArraysOfRecords(string json)
    {
        var file = Parse("many.json", json);
        Assert.Empty(file.Failures);
        Assert.Equal([("A", "Un.", 0), ("B", "Deux.", 1)], file.Articles.Select(a => (a.Title, a.Body, a.Item)));
    }

    [Fact]
    public void ReportsABadRecordAndKeepsTheOthers()
    {
        var file = Parse("feed.jsonl", "{\"title\":\"A\",\"body\":\"Un.\"}\n{\"title\":\"B\"}\n\n{\"title\":\"C\",\"body\":\"Trois.\"}\n{\"title\": 42, \"body\": \"x\"}\n{\"title\":\"D\", \"body\":\n");
        Assert.Equal(["A", "C"], file.Articles.Select(a => a.Title));
        Assert.Equal([0, 3], file.Articles.Select(a => a.Item));
        Assert.Equal(
            ["feed.jsonl#1", "feed.jsonl#4", "feed.jsonl#5"],
            file.Failures.Select(f => f.Source));
        Assert.StartsWith("no body", file.Failures[0].Reason, StringComparison.Ordinal);
        Assert.Equal("\"title\" should be a string, not a number", file.Failures[1].Reason);
        Assert.StartsWith("invalid JSON at line 6, position", file.Failures[2].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"title\": \"A\", \"body\": \"Un.\"", "invalid JSON at line 1, position ")]
    [InlineData("{\n  \"title\": \"A\",\n  \"body\": tru\n}", "invalid JSON at line 3, position ")]
    [InlineData("""[{"title":"A","body":"Un."}""", "invalid JSON at line 1, position ")]
    [InlineData("42", "the JSON holds a number, not article records")]
    [InlineData("""{"title":"A","body":{"html":"x"}}""", "\"body\" should be a string or a list of paragraphs, not an object")]
    public void ExplainsBrokenJson(string json, string reason)
    {
        var file = Parse("bad.json", json);
        Assert.Empty(file.Articles);
        Assert.StartsWith(reason, Assert.Single(file.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DerivesATitleWhenTheRecordHasNone()
    {
        var article = Assert.Single(Parse("a.json", """{"text":"Le maire a démissionné. Il part."}""").Articles);
        Assert.Equal("Le maire a démissionné", article.Title);
    }

    [Fact]
    public void SniffsJsonInsideATxtFile()
    {
        var article = Assert.Single(Parse("a.txt", """{"title":"A","body":"Un."}""").Articles);
        Assert.Equal(("A", "Un."), (article.Title, article.Body));
    }

    [Fact]
    public void ReadsJsonLinesMisnamedAsJson()
    {
        var file = Parse("lines.json", "{\"title\":\"A\",\"body\":\"Un.\"}\n{\"title\":\"B\",\"body\":\"Deux.\"}\n");
        Assert.Equal(["A", "B"], file.Articles.Select(a => a.Title));
    }

    [Theory]
    [InlineData("[Photo] Le maire a démissionné. [AFP]")]
    [InlineData("{Brouillon} Le maire a démissionné.")]
    public void KeepsBracketedTextAsText(string text)
    {
        var article = Assert.Single(Parse("note.txt", text).Articles);
        Assert.Equal(text, article.Body);
    }
}
