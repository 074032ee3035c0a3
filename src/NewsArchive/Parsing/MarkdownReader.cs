using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsArchive.Parsing;

/// <summary>
/// Reads Markdown: optional YAML front matter (title, date, url, language, tags, author), then Markdig renders the
/// text, raw HTML removed from the tree first, and <see cref="HtmlText"/> turns it into plain paragraphs. Without
/// a front-matter title, the first <c># </c> heading is the title.
/// </summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    public static ParsedFile Read(string source, string text)
    {
        var (frontMatter, markdown, failure) = FrontMatter.Split(text);
        if (failure is not null)
        {
            return ArticleParser.Failed(source, failure);
        }

        var title = frontMatter?.Title;
        string body;
        IReadOnlyList<TextSpan> headings;
        try
        {
            (body, headings) = Render(markdown, ref title);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig guards its recursion with a depth limit and says so with this exception.
            return ArticleParser.Failed(source, "Markdown nested too deeply to read");
        }

        if (body.Length == 0)
        {
            return ArticleParser.Failed(source, "no body text in the Markdown");
        }

        var article = ArticleBuilder.Build(source, title, body, frontMatter?.Published, headings: headings) with
        {
            Language = frontMatter?.Language,
            Url = frontMatter?.Url,
            Author = frontMatter?.Author,
            Tags = frontMatter?.Tags ?? [],
        };
        return new ParsedFile(source, [article], []);
    }

    private static (string Body, IReadOnlyList<TextSpan> Headings) Render(string markdown, ref string? title)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            block.Parent?.Remove(block);
        }

        foreach (var inline in document.Descendants<HtmlInline>().ToList())
        {
            inline.Remove();
        }

        if (title is null && document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { } heading)
        {
            title = HeadingText(heading);
            heading.Parent?.Remove(heading);
        }

        var plain = HtmlText.FromHtml(Markdown.ToHtml(document, Pipeline));
        return (plain.Text, plain.Headings);
    }

    private static string? HeadingText(HeadingBlock heading) => heading.Inline is null ? null : HtmlMetadata.Clean(string.Concat(
        heading.Inline.Descendants<Inline>().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            LineBreakInline => " ",
            _ => "",
        })));
}
