using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Ganss.Xss;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsArchive.Parsing;

/// <summary>Plain text from HTML, with the spans of its headings.</summary>
internal sealed record HtmlPlainText(string Text, IReadOnlyList<TextSpan> Headings);

/// <summary>
/// Turns HTML into plain text: one paragraph per block, separated by blank lines; <c>&lt;br&gt;</c> a line break.
/// Only text nodes are ever copied, so no markup, script or attribute (<c>onerror</c>, <c>javascript:</c>) can
/// reach a body. The walk is iterative and stops descending past <see cref="MaxDepth"/>, so deep nesting cannot
/// overflow the stack.
/// </summary>
internal static partial class HtmlText
{
    public const int MaxDepth = 512;

    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
        "math", "canvas", "video", "audio", "picture", "img", "form", "input", "button", "select", "textarea", "label",
        "nav", "aside", "footer", "header", "menu", "dialog", "head", "title", "meta", "link", "base", "figure");

    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "table",
        "tr", "td", "th", "caption", "address", "center", "hr", "body", "html", "details", "summary",
        "h1", "h2", "h3", "h4", "h5", "h6");

    private static readonly FrozenSet<string> Headings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "h1", "h2", "h3", "h4", "h5", "h6");

    /// <summary>Converts an HTML fragment or document; absurdly nested HTML gives no text.</summary>
    public static HtmlPlainText FromHtml(string html)
    {
        if (HtmlNesting.IsTooDeep(html))
        {
            return new HtmlPlainText("", []);
        }

        // Defence in depth: the text walk below already skips scripts, handlers and links, but what it reads has
        // first been through HtmlSanitizer, so no active construct can ever reach the text, whatever the walk misses.
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(Sanitizer.Value!.Sanitize(html));
        return document.Body is null ? new HtmlPlainText("", []) : FromElement(document.Body);
    }

    /// <summary>HtmlSanitizer's defaults plus the structural tags the text walk reads (unknown tags go with their content).</summary>
    /// <remarks>One a thread: the importer parses on several threads, and a sanitizer is not documented as thread-safe.</remarks>
    private static readonly ThreadLocal<HtmlSanitizer> Sanitizer = new(CreateSanitizer);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in Blocks)
        {
            sanitizer.AllowedTags.Add(tag);
        }

        sanitizer.AllowedTags.Remove("style");
        return sanitizer;
    }

    /// <summary>Converts an element's content, leaving out scripts, navigation, forms and advertising.</summary>
    public static HtmlPlainText FromElement(IElement root)
    {
        var writer = new BlockWriter();
        var stack = new Stack<(INode Node, int Depth, bool Closing)>();
        stack.Push((root, 0, false));
        while (stack.Count > 0)
        {
            var (node, depth, closing) = stack.Pop();
            if (node is IText text)
            {
                writer.Text(text.Data);
                continue;
            }

            if (node is not IElement element || IsUnwanted(element))
            {
                continue;
            }

            var isBlock = Blocks.Contains(element.LocalName);
            var isHeading = Headings.Contains(element.LocalName);
            if (closing)
            {
                if (isBlock)
                {
                    writer.EndBlock(isHeading);
                }

                continue;
            }

            if (element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                writer.LineBreak();
                continue;
            }

            if (isBlock)
            {
                writer.StartBlock();
                stack.Push((element, depth, true));
            }

            if (depth >= MaxDepth)
            {
                continue;
            }

            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, depth + 1, false));
            }
        }

        writer.EndBlock(false);
        return writer.Result();
    }

    /// <summary>Whether a text field (a JSON body, a JSON-LD articleBody) holds HTML rather than plain text.</summary>
    public static bool LooksLikeMarkup(string text) => HtmlTag().IsMatch(text);

    /// <summary>Removes scripts, navigation, forms, advertising and hidden elements under <paramref name="root"/>.</summary>
    public static void RemoveUnwanted(IElement root)
    {
        var unwanted = new List<IElement>();
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (element != root && IsUnwanted(element))
            {
                unwanted.Add(element);
                continue;
            }

            if (depth < MaxDepth)
            {
                foreach (var child in element.Children)
                {
                    stack.Push((child, depth + 1));
                }
            }
        }

        unwanted.ForEach(e => e.Remove());
    }

    /// <summary>The deepest element nesting in a document, measured without recursion.</summary>
    public static int Depth(INode root)
    {
        var deepest = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is IElement)
                {
                    stack.Push((child, depth + 1));
                }
            }
        }

        return deepest;
    }

    private static bool IsUnwanted(IElement element) =>
        Skipped.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true"
        || (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
        || (element.GetAttribute("role") is "navigation" or "banner" or "complementary" or "contentinfo" or "search")
        || (AdClass().IsMatch((element.GetAttribute("class") ?? "") + " " + (element.Id ?? "")) && !HoldsTheArticle(element));

    // A wrapper named "page with-ads" may still hold the whole article: class names alone do not condemn it.
    private static bool HoldsTheArticle(IElement element) =>
        element.LocalName is "article" or "main" || element.QuerySelector("article, main, h1, [itemprop=articleBody]") is not null;

    // Words in class or id that mark advertising and page furniture rather than the article.
    [GeneratedRegex(@"(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|advertising|sponsor|sponsored|promo|banner|cookie|cookies|newsletter|share|sharing|social|related|comments?|breadcrumbs?|paywall|subscribe)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdClass();

    [GeneratedRegex(@"<(?:p|div|br|a|em|strong|b|i|span|h[1-6]|ul|ol|li|blockquote|img|script|iframe|figure)\b[^>]{0,2000}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    /// <summary>Collects inline text into paragraphs, collapsing whitespace the way a browser does.</summary>
    private sealed class BlockWriter
    {
        private readonly StringBuilder output = new();
        private readonly StringBuilder block = new();
        private readonly List<TextSpan> headings = [];

        public void Text(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (block.Length > 0 && block[^1] is not (' ' or '\n'))
                    {
                        block.Append(' ');
                    }
                }
                else
                {
                    block.Append(c);
                }
            }
        }

        public void LineBreak()
        {
            TrimBlockEnd();
            if (block.Length > 0)
            {
                block.Append('\n');
            }
        }

        public void StartBlock() => EndBlock(false);

        public void EndBlock(bool heading)
        {
            TrimBlockEnd();
            var text = block.ToString().Trim();
            block.Clear();
            if (text.Length == 0)
            {
                return;
            }

            if (output.Length > 0)
            {
                output.Append("\n\n");
            }

            if (heading)
            {
                headings.Add(new TextSpan(output.Length, output.Length + text.Length));
            }

            output.Append(text);
        }

        // Entities can spell decomposed accents; if composing them moves offsets, the heading spans are dropped.
        public HtmlPlainText Result()
        {
            var raw = output.ToString();
            var text = TextDecoder.Normalise(raw);
            return new HtmlPlainText(text, text.Length == raw.Length ? headings : []);
        }

        private void TrimBlockEnd()
        {
            while (block.Length > 0 && block[^1] is ' ' or '\n')
            {
                block.Length--;
            }
        }
    }
}
