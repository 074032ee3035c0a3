using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

public sealed class FeedArticleReaderTests
{
    private static ParsedFile Parse(string xml, string source = "feed.xml") => ArticleParser.Parse(source, Encoding.UTF8.GetBytes(xml));

    [Fact]
    public void ReadsAnRssFeed()
    {
        var file = Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Le Journal</title>
                <language>fr-fr</language>
                <item>
                  <title>Le &lt;b&gt;budget&lt;/b&gt; adopté</title>
                  <link>https://journal.example/budget</link>
                  <pubDate>Tue, 04 Feb 2025 10:00:00 GMT</pubDate>
                  <dc:creator>Claire Petit</dc:creator>
                  <category>Politique</category>
                  <description>Résumé court.</description>
                  <content:encoded><![CDATA[<p>Le Sénat a voté le budget.</p><script>alert(1)</script><p>Suite du texte.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Sans contenu</title>
                  <link>https://journal.example/vide</link>
                </item>
                <item>
                  <title>Deuxième</title>
                  <description>&lt;p&gt;Un texte &lt;a href="javascript:x()"&gt;échappé&lt;/a&gt;.&lt;/p&gt;</description>
                </item>
              </channel>
            </rss>
            """);
        Assert.Equal(2, file.Articles.Count);
        var first = file.Articles[0];
        Assert.Equal(("Le budget adopté", 0), (first.Title, first.Item));
        Assert.Equal("Le Sénat a voté le budget.\n\nSuite du texte.", first.Body);
        Assert.Equal(new DateOnly(2025, 2, 4), first.Published);
        Assert.Equal("https://journal.example/budget", first.Url);
        Assert.Equal("Claire Petit", first.Author);
        Assert.Equal("fr", first.Language);
        Assert.Equal(["Politique"], first.Tags!);
        Assert.Equal(("Un texte échappé.", 2), (file.Articles[1].Body, file.Articles[1].Item));
        Assert.Equal("feed.xml#1", Assert.Single(file.Failures).Source);
    }

    [Fact]
    public void ReadsAnAtomFeed()
    {
        var file = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>News</title>
              <entry>
                <title type="html">Storm &amp;amp; floods</title>
                <link rel="alternate" href="https://news.example/storm"/>
                <published>2024-11-03T06:00:00Z</published>
                <updated>2024-11-04T06:00:00Z</updated>
                <author><name>Jane Roe</name></author>
                <category term="weather"/>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A storm hit the coast.</p><p>Power was cut.</p></div></content>
              </entry>
              <entry>
                <title>Plain</title>
                <updated>2024-11-05T06:00:00Z</updated>
                <summary>Just text &lt;not a tag&gt;.</summary>
              </entry>
            </feed>
            """, "news.atom");
        Assert.Empty(file.Failures);
        var storm = file.Articles[0];
        Assert.Equal("Storm & floods", storm.Title);
        Assert.Equal("A storm hit the coast.\n\nPower was cut.", storm.Body);
        Assert.Equal(new DateOnly(2024, 11, 3), storm.Published);
        Assert.Equal(("https://news.example/storm", "Jane Roe", "en"), (storm.Url, storm.Author, storm.Language));
        Assert.Equal(["weather"], storm.Tags!);
        Assert.Equal(("Just text <not a tag>.", new DateOnly(2024, 11, 5)), (file.Articles[1].Body, file.Articles[1].Published));
    }

    [Fact]
    public void ReadsAnRdfFeed()
    {
        var file = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://x.example/"><title>X</title><dc:language>fr</dc:language></channel>
              <item rdf:about="https://x.example/1">
                <title>Un titre</title>
                <link>https://x.example/1</link>
                <description>Un texte.</description>
                <dc:date>2018-03-01T12:00:00+01:00</dc:date>
              </item>
            </rdf:RDF>
            """, "x.rss");
        var article = Assert.Single(file.Articles);
        Assert.Equal(("Un titre", "Un texte.", "fr"), (article.Title, article.Body, article.Language));
        Assert.Equal(new DateOnly(2018, 3, 1), article.Published);
    }

    [Theory]
    [InlineData("""
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
        """)]
    [InlineData("""
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>
        """)]
    public void RefusesDtdsSoEntityAttacksFailSafely(string xml)
    {
        var file = Parse(xml);
        Assert.Empty(file.Articles);
        Assert.StartsWith("XML with a DTD is refused", Assert.Single(file.Failures).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<rss><channel><item><title>x</title></channel></rss>", "invalid XML at line 1, position")]
    [InlineData("<catalog><book/></catalog>", "XML is not an RSS, Atom or RDF feed (its root element is <catalog>)")]
    [InlineData("<rss version=\"2.0\"><channel><title>Vide</title></channel></rss>", "the feed has no items")]
    public void ExplainsWhatIsWrongWithOtherXml(string xml, string reason)
    {
        var file = Parse(xml);
        Assert.Empty(file.Articles);
        Assert.StartsWith(reason, Assert.Single(file.Failures).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SniffsAFeedInsideATxtFile()
    {
        var file = Parse("<?xml version=\"1.0\"?>\n<!-- export -->\n<rss version=\"2.0\"><channel><item><title>T</title><description>Texte.</description></item></channel></rss>", "export.txt");
        Assert.Equal("Texte.", Assert.Single(file.Articles).Body);
    }
}
