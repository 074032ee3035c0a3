using System.Xml;
using System.Xml.Linq;

namespace NewsArchive.Parsing;

/// <summary>
/// Reads RSS 2.0, Atom and RDF (RSS 1.0) feeds, one article per item. The XML is read with DTD processing
/// prohibited and no resolver, so external entities (XXE) and entity expansion ("billion laughs") fail safely.
/// </summary>
internal static class FeedArticleReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xml = XNamespace.Xml;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 256L * 1024 * 1024,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
    };

    private sealed record Item(string? Title, string? Link, string? Date, string? Html, string? Text, string? Author, IReadOnlyList<string> Tags, string? Language);

    public static ParsedFile Read(string source, string xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return ArticleParser.Failed(source, "XML with a DTD is refused: a DTD can define entity expansions or read other files");
        }
        catch (XmlException ex)
        {
            return ArticleParser.Failed(source, $"invalid XML at line {ex.LineNumber}, position {ex.LinePosition}: {FirstSentence(ex.Message)}");
        }

        var root = document.Root!;
        IEnumerable<Item>? items = root.Name switch
        {
            { LocalName: "rss" } => Rss(root),
            var n when n == Atom + "feed" => AtomEntries(root),
            var n when n == Rdf + "RDF" => RdfItems(root),
            _ => null,
        };
        if (items is null)
        {
            return ArticleParser.Failed(source, $"XML is not an RSS, Atom or RDF feed (its root element is <{root.Name.LocalName}>)");
        }

        var articles = new List<ParsedArticle>();
        var failures = new List<ParseFailure>();
        var index = 0;
        foreach (var item in items)
        {
            var article = Article(source, index, item);
            if (article is null)
            {
                failures.Add(new ParseFailure($"{source}#{index}", "no body (the item has no description or content)"));
            }
            else
            {
                articles.Add(article);
            }

            index++;
        }

        if (index == 0)
        {
            failures.Add(new ParseFailure(source, "the feed has no items"));
        }

        return new ParsedFile(source, articles, failures);
    }

    private static ParsedArticle? Article(string source, int index, Item item)
    {
        var plain = item.Html is { } html ? HtmlText.FromHtml(html) : new HtmlPlainText(TextDecoder.Normalise(item.Text ?? "").Trim(), []);
        var (body, headings) = (plain.Text, plain.Headings);
        if (body.Length == 0)
        {
            return null;
        }

        var title = item.Title is null ? null : HtmlText.FromHtml(item.Title).Text;
        return ArticleBuilder.Build(source, HtmlMetadata.Clean(title), body, DateParser.Parse(item.Date), headings: headings) with
        {
            Item = index,
            Url = HtmlMetadata.WebUrl(item.Link),
            Author = HtmlMetadata.Clean(item.Author),
            Tags = item.Tags,
            Language = LanguageTag.Normalise(item.Language),
        };
    }

    private static IEnumerable<Item> Rss(XElement rss)
    {
        var channel = rss.Element("channel");
        var language = channel?.Element("language")?.Value ?? channel?.Element(Dc + "language")?.Value;
        return (channel?.Elements("item") ?? []).Select(item => new Item(
            item.Element("title")?.Value,
            item.Element("link")?.Value ?? PermaLink(item.Element("guid")),
            item.Element("pubDate")?.Value ?? item.Element(Dc + "date")?.Value,
            NonEmpty(item.Element(Content + "encoded")?.Value) ?? item.Element("description")?.Value,
            null,
            item.Element(Dc + "creator")?.Value ?? item.Element("author")?.Value,
            Tags(item.Elements("category").Concat(item.Elements(Dc + "subject")).Select(c => c.Value)),
            language));
    }

    private static IEnumerable<Item> AtomEntries(XElement feed)
    {
        var feedLanguage = feed.Attribute(Xml + "lang")?.Value;
        return feed.Elements(Atom + "entry").Select(entry =>
        {
            var content = entry.Element(Atom + "content") ?? entry.Element(Atom + "summary");
            var isText = content?.Attribute("type")?.Value is null or "text";
            var link = entry.Elements(Atom + "link").FirstOrDefault(l => l.Attribute("rel")?.Value is null or "alternate")?.Attribute("href")?.Value;
            return new Item(
                AtomText(entry.Element(Atom + "title")),
                link,
                entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value,
                content is not null && !isText ? AtomText(content) : null,
                content is not null && isText ? content.Value : null,
                string.Join(", ", entry.Elements(Atom + "author").Select(a => a.Element(Atom + "name")?.Value).OfType<string>()),
                Tags(entry.Elements(Atom + "category").Select(c => c.Attribute("term")?.Value ?? "")),
                entry.Attribute(Xml + "lang")?.Value ?? feedLanguage);
        });
    }

    private static IEnumerable<Item> RdfItems(XElement rdf)
    {
        var language = rdf.Element(Rss1 + "channel")?.Element(Dc + "language")?.Value;
        return rdf.Elements(Rss1 + "item").Select(item => new Item(
            item.Element(Rss1 + "title")?.Value,
            item.Element(Rss1 + "link")?.Value,
            item.Element(Dc + "date")?.Value,
            NonEmpty(item.Element(Content + "encoded")?.Value) ?? item.Element(Rss1 + "description")?.Value,
            null,
            item.Element(Dc + "creator")?.Value,
            Tags(item.Elements(Dc + "subject").Select(s => s.Value)),
            item.Element(Dc + "language")?.Value ?? language));
    }

    // Atom's xhtml content is markup inside a div; html content is escaped markup; both become HTML text.
    private static string? AtomText(XElement? element) => element?.Attribute("type")?.Value switch
    {
        null => element?.Value,
        "xhtml" => string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))),
        _ => element.Value,
    };

    private static string? PermaLink(XElement? guid) =>
        guid is not null && guid.Attribute("isPermaLink")?.Value != "false" ? guid.Value : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static IReadOnlyList<string> Tags(IEnumerable<string> values) =>
        [.. values.Select(HtmlMetadata.Clean).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
