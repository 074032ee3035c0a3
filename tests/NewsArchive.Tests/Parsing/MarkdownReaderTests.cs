using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

public sealed class MarkdownReaderTests
{
    private static ParsedFile Parse(string markdown, string source = "note.md") => ArticleParser.Parse(source, Encoding.UTF8.GetBytes(markdown));

    [Fact]
    public void ReadsFrontMatter()
    {
        var article = Assert.Single(Parse("""
            ---
            title: "Le Sénat vote le budget"
            date: 2025-02-04
            url: https://journal.example/budget
            source: Le Journal
            lang: fr-FR
            tags: [budget, Sénat]
            author: Claire Petit
            ---
            Le Sénat a voté le budget **mardi**.

            Le texte retourne à l'Assemblée.
            """).Articles);
        Assert.Equal("Le Sénat vote le budget", article.Title);
        Assert.Equal(new DateOnly(2025, 2, 4), article.Published);
        Assert.Equal("https://journal.example/budget", article.Url);
        Assert.Equal("fr", article.Language);
        Assert.Equal(["budget", "Sénat"], article.Tags!);
        Assert.Equal("Claire Petit", article.Author);
        Assert.Equal("Le Sénat a voté le budget mardi.\n\nLe texte retourne à l'Assemblée.", article.Body);
    }

    [Fact]
    public void TakesTheFirstHeadingAsTitleAndKeepsSubheadings()
    {
        var article = Assert.Single(Parse("# Le *grand* titre\n\nPremier paragraphe\nsur deux lignes.\n\n## Une section\n\n- un\n- deux\n\n> Une citation.\n").Articles);
        Assert.Equal("Le grand titre", article.Title);
        Assert.Equal("Premier paragraphe sur deux lignes.\n\nUne section\n\nun\n\ndeux\n\nUne citation.", article.Body);
        Assert.Equal(["Une section"], article.Subheadings!.Select(s => article.Body[s.Start..s.End]));
    }

    [Theory]
    [InlineData("# T\n\nTexte <span onclick=\"x()\">sûr</span>.\n\n<div>bloc brut</div>\n\n<script>alert(1)</script>\n\nSuite.")]
    [InlineData("# T\n\n[Texte](javascript:alert(1)) sûr.\n\n![image](x.png)\n\n<iframe src=\"javascript:alert(2)\"></iframe>\n\nSuite.")]
    public void DropsRawHtml(string markdown)
    {
        var article = Assert.Single(Parse(markdown).Articles);
        Assert.Equal("Texte sûr.\n\nSuite.", article.Body);
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\nTexte.", "invalid YAML front matter")]
    [InlineData("# Seulement un titre\n", "no body text")]
    public void ReportsBrokenMarkdown(string markdown, string reason)
    {
        var file = Parse(markdown);
        Assert.Empty(file.Articles);
        Assert.StartsWith(reason, Assert.Single(file.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FailsCleanlyOnDeeplyNestedMarkdown()
    {
        var file = Parse("# T\n\n" + new string('>', 5000) + " x\n");
        Assert.Equal("Markdown nested too deeply to read", Assert.Single(file.Failures).Reason);
    }

    [Fact]
    public void DoesNotExpandYamlAliases()
    {
        var yaml = "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ntags: *d\ntitle: Bombe\n---\nTexte.";
        var article = Assert.Single(Parse(yaml).Articles);
        Assert.Equal("Bombe", article.Title);
        Assert.Empty(article.Tags!);
    }
}
