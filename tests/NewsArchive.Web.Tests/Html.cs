using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsArchive.Web.Tests;

/// <summary>Fetches pages and parses them with AngleSharp.</summary>
internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        return (response, document);
    }

    public static async Task<IDocument> GetOkAsync(HttpClient client, string url)
    {
        var (response, document) = await GetAsync(client, url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} gave {(int)response.StatusCode}");
        return document;
    }

    /// <summary>The site path of the seed article, found by searching its headline words.</summary>
    public static async Task<string> SeedArticleAsync(HttpClient client)
    {
        var results = await GetOkAsync(client, "/search?q=Ishiba+Hayashi");
        var link = results.QuerySelector(".hits h3 a");
        Assert.NotNull(link);
        return link.GetAttribute("href")!;
    }
}
