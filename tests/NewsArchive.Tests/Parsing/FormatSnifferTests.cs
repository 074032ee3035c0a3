using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData(".txt", "Un texte simple.", "PlainText")]
    [InlineData(".txt", "Le <b>gras</b> reste du texte.", "PlainText")]
    [InlineData(".txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "Html")]
    [InlineData(".txt", "<!-- export -->\n<html><body><p>x</p></body></html>", "Html")]
    [InlineData(".md", "<html><body><p>x</p></body></html>", "Html")]
    [InlineData(".txt", "<?xml version=\"1.0\"?><rss version=\"2.0\"/>", "Feed")]
    [InlineData(".html", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "Feed")]
    [InlineData(".xml", "<catalog/>", "Feed")]
    [InlineData(".txt", "{\"title\":\"A\",\"body\":\"B\"}", "Json")]
    [InlineData(".txt", "{\"title\":\"A\"}\n{\"title\":\"B\"}", "JsonLines")]
    [InlineData(".txt", "[Photo] Le maire.", "PlainText")]
    [InlineData(".json", "not json", "Json")]
    [InlineData(".markdown", "# Titre", "Markdown")]
    [InlineData("", "Texte sans extension.", "PlainText")]
    public void DetectsTheFormatFromExtensionAndContent(string extension, string text, string format)
    {
        Assert.Equal(format, FormatSniffer.Detect(extension, text).ToString());
    }
}
