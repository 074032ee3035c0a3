using System.Net;
using System.Xml.Linq;

namespace NewsArchive.Web.Tests;

public abstract class ExportTests(ArchiveFixture archive)
{
    private readonly TestEngine engine = PostgresServer.Require(archive.Engine);

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient client = archive.CreateClient();

    private async Task<string> TextAsync(string url, string mediaType)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
    }

    /// <summary>A small RFC 4180 reader, so the test checks the quoting rather than trusting it.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else { field.Append(c); }
        }

        return rows;
    }

    [SkippableFact]
    public async Task SearchResultsExportAsCsv()
    {
        var rows = ParseCsv(await TextAsync("/search.csv?q=etats-unis", "text/csv"));

        Assert.Equal(["id", "published", "title", "language", "dateline", "source_url", "link"], rows[0]);
        Assert.Contains(rows.Skip(1), r => r[2].Contains("Ishiba", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal(7, r.Count));
        Assert.All(rows.SelectMany(r => r), f => Assert.False(f.Length > 0 && f[0] is '=' or '+' or '-' or '@', f));
    }

    [SkippableFact]
    public async Task APersonsQuotesExportAsCsv()
    {
        var rows = ParseCsv(await TextAsync("/people/yoshimasa-hayashi/quotes.csv", "text/csv"));

        Assert.Equal(["speaker", "quote", "published", "article", "link"], rows[0]);
        Assert.True(rows.Count > 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("Yoshimasa Hayashi", r[0]));
    }

    [SkippableTheory]
    [InlineData("/search.atom?q=japon")]
    [InlineData("/people/yoshimasa-hayashi/feed.atom")]
    [InlineData("/places/etats-unis/feed.atom")]
    public async Task FeedsAreAtom(string url)
    {
        var feed = XDocument.Parse(await TextAsync(url, "application/atom+xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotEmpty(feed.Elements(Atom + "entry"));
        Assert.All(feed.Elements(Atom + "entry"), e => Assert.StartsWith(archive.BaseAddress.ToString().TrimEnd('/') + "/articles/", e.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task OrganisationFeedsAreAtom()
    {
        var organisations = await Html.GetOkAsync(client, "/organisations");
        var organisation = organisations.QuerySelector("tbody a")!.GetAttribute("href")!;

        Assert.Equal(Atom + "feed", XDocument.Parse(await TextAsync(organisation + "/feed.atom", "application/atom+xml")).Root!.Name);
    }

    [SkippableFact]
    public async Task FeedsOfMissingThingsAre404()
    {
        var response = await client.GetAsync(new Uri("/people/nobody-at-all/feed.atom", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Collection(SharedSite.Name)]
public sealed class SqliteExportTests(ArchiveFixture archive) : ExportTests(archive);

[Collection(PostgresSite.Name)]
public sealed class PostgresExportTests(PostgresArchiveFixture archive) : ExportTests(archive);
