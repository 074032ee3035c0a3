using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsArchive.Parsing;

/// <summary>
/// Reads an HTML page: metadata from <c>&lt;title&gt;</c>, <c>lang</c>, OpenGraph, <c>article:*</c>, author and
/// canonical links and JSON-LD <c>NewsArticle</c>; the main text from JSON-LD <c>articleBody</c>, else SmartReader
/// (Readability), else the <c>&lt;article&gt;</c>, <c>&lt;main&gt;</c> or body paragraphs. The body is plain text.
/// </summary>
internal static class HtmlReader
{
    // SmartReader walks the tree recursively; past this depth only our iterative walk is safe.
    private const int SmartReaderMaxDepth = 200;

    public static ParsedFile Read(string source, string html)
    {
        if (HtmlNesting.IsTooDeep(html))
        {
            return ArticleParser.Failed(source, $"HTML nested too deeply (more than {HtmlNesting.MaxDepth:N0} levels)");
        }

        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var meta = HtmlMetadata.From(document);
        var deep = HtmlText.Depth(document) > SmartReaderMaxDepth;

        var (body, headings) = meta.Body is { Length: > 0 } jsonLdBody
            ? (TextDecoder.Normalise(jsonLdBody).Trim(), [])
            : MainText(document, deep);

        body = DropLeadingTitle(body, meta.Title, ref headings);
        if (body.Length == 0)
        {
            return ArticleParser.Failed(source, "no article text found in the HTML");
        }

        var article = ArticleBuilder.Build(source, meta.Title, body, meta.Published, headings: headings) with
        {
            Language = meta.Language,
            Url = meta.Url,
            Author = meta.Author,
            Tags = meta.Tags,
        };
        return new ParsedFile(source, [article], []);
    }

    // Page furniture goes first, so that Readability cannot take a cookie banner or a menu for the article.
    private static (string Body, IReadOnlyList<TextSpan> Headings) MainText(IHtmlDocument document, bool deep)
    {
        if (document.Body is { } pageBody)
        {
            HtmlText.RemoveUnwanted(pageBody);
        }

        if (!deep && Readable(document) is { Length: > 0 } readable)
        {
            var text = HtmlText.FromHtml(readable);
            if (text.Text.Length > 0)
            {
                return (text.Text, text.Headings);
            }
        }

        var container = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;
        if (container is null)
        {
            return ("", []);
        }

        var fallback = HtmlText.FromElement(container);
        return (fallback.Text, fallback.Headings);
    }

    // SmartReader works on a copy (it rewrites the tree); it can fail on odd pages, and then the fallback reads.
    private static string? Readable(IHtmlDocument document)
    {
        try
        {
            var copy = (IHtmlDocument)document.Clone(deep: true);
            var reader = new SmartReader.Reader("https://archive.invalid/", copy) { DisableJSONLD = true };
            var article = reader.GetArticle();
            return article.IsReadable ? article.Content : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    // Readability often keeps the page's <h1>; the title is already metadata.
    private static string DropLeadingTitle(string body, string? title, ref IReadOnlyList<TextSpan> headings)
    {
        if (title is null || !body.StartsWith(title, StringComparison.Ordinal) || (body.Length > title.Length && body[title.Length] != '\n'))
        {
            return body;
        }

        var rest = body[title.Length..];
        var removed = title.Length + (rest.Length - rest.TrimStart().Length);
        headings = [.. headings.Where(h => h.Start >= removed).Select(h => new TextSpan(h.Start - removed, h.End - removed))];
        return body[removed..];
    }
}
