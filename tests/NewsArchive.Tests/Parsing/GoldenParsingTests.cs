using System.Text.Encodings.Web;
using System.Text.Json;
using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

/// <summary>
/// Approval tests: each seed's parse is compared with <c>Parsing/Golden/&lt;name&gt;.json</c>. A mismatch writes
/// <c>&lt;name&gt;.received.json</c> beside it; run with <c>NEWSARCHIVE_ACCEPT_GOLDEN=1</c> to accept the new output.
/// </summary>
public sealed class GoldenParsingTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Theory]
    [InlineData("seed-wire-copy", "seeds/000_a1569518ab3dae2f.txt")]
    [InlineData("wikinews-date-line", "seeds/wikinews-fr/2018/03/2018_03_01-001.txt")]
    [InlineData("wikinews-place-in-date-line", "seeds/wikinews-fr/2016/03/2016_03_12-001.txt")]
    [InlineData("wikinews-boilerplate-before-date", "seeds/wikinews-fr/2016/04/2016_04_10-001.txt")]
    [InlineData("wikinews-related-links-before-date", "seeds/wikinews-fr/2016/07/2016_07_03-005.txt")]
    public void ParsesTheSeedLikeTheApprovedFile(string name, string path)
    {
        var parsed = ArticleParser.Parse(path, File.ReadAllBytes(RepoRoot.File(path.Split('/'))));
        var received = JsonSerializer.Serialize(Project(parsed), Json) + "\n";

        var golden = RepoRoot.File("tests", "NewsArchive.Tests", "Parsing", "Golden", name + ".json");
        var receivedPath = Path.ChangeExtension(golden, ".received.json");
        if (Environment.GetEnvironmentVariable("NEWSARCHIVE_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(golden, received);
        }

        var approved = File.Exists(golden) ? File.ReadAllText(golden) : "";
        if (approved != received)
        {
            File.WriteAllText(receivedPath, received);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(approved == received, $"{name}: parse differs from {golden}; see {receivedPath}");
    }

    private static object Project(ParsedFile file) => new
    {
        file.Source,
        Articles = file.Articles.Select(a => new
        {
            a.Source,
            a.Item,
            a.Title,
            Published = a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            a.Dateline,
            a.Language,
            a.Url,
            a.Author,
            a.Tags,
            Subheadings = a.Subheadings?.Select(s => new { s.Start, s.End, Text = a.Body[s.Start..s.End] }),
            a.Body,
        }),
        file.Failures,
    };
}
