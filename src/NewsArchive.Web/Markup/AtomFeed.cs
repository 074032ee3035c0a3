using System.Globalization;
using System.Xml.Linq;

namespace NewsArchive.Web.Markup;

/// <summary>One entry of an Atom feed: an article, with absolute links.</summary>
public sealed record AtomEntry(string Id, string Title, string Link, DateOnly? Published, DateTimeOffset Updated, string Summary);

/// <summary>Atom 1.0 (RFC 4287) built with LINQ to XML, which escapes every value.</summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(string id, string title, string selfLink, string alternateLink, IReadOnlyList<AtomEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var updated = entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Updated);
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", id),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", selfLink)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", alternateLink)),
            new XElement(Atom + "author", new XElement(Atom + "name", "NewsArchive")),
            entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "id", e.Id),
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", e.Link)),
                e.Published is { } p ? new XElement(Atom + "published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z") : null,
                new XElement(Atom + "updated", Stamp(e.Updated)),
                new XElement(Atom + "summary", e.Summary))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    private static string Stamp(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
