using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Extraction;
using NewsArchive.Importing;
using NewsArchive.Tests.Storage;

namespace NewsArchive.Tests.Reliability;

/// <summary>
/// Hostile and broken files imported beside a good article through the real importer and analyser: each gives a
/// clear per-file failure or a safe import, the good article always imports, and no half article is ever stored.
/// </summary>
public sealed class BadInputTests
{
    private const string Good = "Titre correct\n\nLe président Emmanuel Macron a déclaré lundi à Paris : « Nous tiendrons bon ».\n";

    public enum Outcome
    {
        /// <summary>The file is rejected with a reason; nothing of it is stored.</summary>
        Fails,
        /// <summary>The file imports as one or more safe articles.</summary>
        Imports,
        /// <summary>Either, as long as it is clean: a reason when it fails, safe text when it imports.</summary>
        Either,
    }

    public static TheoryData<string, Outcome> Cases() => new()
    {
        { "empty.txt", Outcome.Fails },
        { "whitespace.txt", Outcome.Fails },
        { "image-named.txt", Outcome.Fails },
        { "zip-named.txt", Outcome.Either },
        { "invalid-utf8.txt", Outcome.Imports },
        { "windows-1252.txt", Outcome.Imports },
        { "utf16-bom.txt", Outcome.Imports },
        { "fifty-megabytes.txt", Outcome.Either },
        { "ten-megabyte-line.txt", Outcome.Either },
        { "deeply-nested.html", Outcome.Either },
        { "active-content.html", Outcome.Imports },
        { "raw-html.md", Outcome.Imports },
        { "truncated.json", Outcome.Fails },
        { "ill-typed.json", Outcome.Fails },
        { "external-entity.xml", Outcome.Fails },
        { "billion-laughs.xml", Outcome.Fails },
        { "zip-bomb.zip", Outcome.Fails },
        { "zip-slip.zip", Outcome.Either },
        { "nom bizarre — «ünïcödé» ✓.txt", Outcome.Imports },
        { "-dash-first.txt", Outcome.Imports },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileFileIsRejectedOrImportedSafelyAndTheRestStillImports(string name, Outcome expected)
    {
        await using var archive = await TemporaryArchive.CreateAsync();
        var sources = Path.Combine(archive.Folder, "in");
        Directory.CreateDirectory(sources);
        await File.WriteAllTextAsync(Path.Combine(sources, "good.txt"), Good);
        await File.WriteAllBytesAsync(Path.Combine(sources, name), Make(name));

        var summary = await new ArchiveImporter(archive.Options, NullLogger<ArchiveImporter>.Instance, ArticleAnalyzer.Default)
            .ImportAsync([sources], new ImportOptions { BaseDirectory = archive.Folder }, null, CancellationToken.None);

        await using var db = archive.Open();
        var stored = await db.Articles.AsNoTracking().Select(a => new { a.SourcePath, a.Title, a.Body }).ToListAsync();
        Assert.Contains(stored, a => a.SourcePath == "in/good.txt" && a.Body.Contains("Nous tiendrons bon", StringComparison.Ordinal));
        var fromBad = stored.Where(a => a.SourcePath.StartsWith("in/" + name, StringComparison.Ordinal)).ToList();
        var failures = summary.Failures.Where(f => f.Path.StartsWith("in/" + name, StringComparison.Ordinal)).ToList();

        switch (expected)
        {
            case Outcome.Fails:
                Assert.Empty(fromBad);
                Assert.NotEmpty(failures);
                break;
            case Outcome.Imports:
                Assert.NotEmpty(fromBad);
                Assert.Empty(failures);
                break;
        }

        Assert.All(failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.All(fromBad, a =>
        {
            Assert.DoesNotContain("<script", a.Body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", a.Body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", a.Body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("root:x:0:0", a.Body, StringComparison.Ordinal);
            Assert.DoesNotContain('\0', a.Body);
        });
        await Invariants.AssertWholeAsync(archive);
    }

    [Fact]
    public async Task SymlinkLoopEnds()
    {
        await using var archive = await TemporaryArchive.CreateAsync();
        var sources = Path.Combine(archive.Folder, "in");
        Directory.CreateDirectory(Path.Combine(sources, "sub"));
        await File.WriteAllTextAsync(Path.Combine(sources, "sub", "good.txt"), Good);
        Directory.CreateSymbolicLink(Path.Combine(sources, "sub", "loop"), sources);

        var summary = await new ArchiveImporter(archive.Options, NullLogger<ArchiveImporter>.Instance, ArticleAnalyzer.Default)
            .ImportAsync([sources], new ImportOptions { BaseDirectory = archive.Folder }, null, CancellationToken.None);

        Assert.Equal(1, summary.New);
        await Invariants.AssertWholeAsync(archive);
    }

    private static byte[] Make(string name) => name switch
    {
        "empty.txt" => [],
        "whitespace.txt" => "  \n\t\r\n   \n"u8.ToArray(),
        "image-named.txt" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0],
        "zip-named.txt" => Zip(("inside.txt", Encoding.UTF8.GetBytes(Good))),
        "invalid-utf8.txt" => [.. "Titre\n\nLe caf"u8, 0xE9, .. " de la gare a fermé. Fin"u8, 0xFF, 0xFE, .. ".\n"u8],
        "windows-1252.txt" => Encoding.Latin1.GetBytes("Élection à Sète\n\nLe maire a été réélu dimanche à Sète.\n"),
        "utf16-bom.txt" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Titre en UTF-16\n\nLe texte est encodé en UTF-16.\n")],
        "fifty-megabytes.txt" => Encoding.UTF8.GetBytes("Un très long texte\n\n" + string.Concat(Enumerable.Repeat("Le conseil municipal de Lyon a voté le budget. ", 50 * 1024 * 1024 / 48))),
        "ten-megabyte-line.txt" => Encoding.UTF8.GetBytes(new string('a', 10 * 1024 * 1024)),
        "deeply-nested.html" => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "texte" + "</body></html>"),
        "active-content.html" => Encoding.UTF8.GetBytes("""
            <html><head><title>Page piégée</title><script>alert(1)</script></head>
            <body><article><h1>Page piégée</h1><p>Le texte de l'article est ici, assez long pour être retenu comme contenu principal de la page.</p>
            <img src="x" onerror="alert(2)"><p><a href="javascript:alert(3)">un lien</a> et encore du texte pour l'article.</p></article></body></html>
            """),
        "raw-html.md" => Encoding.UTF8.GetBytes("# Titre Markdown\n\nDu texte <script>alert(1)</script> et <img src=x onerror=alert(2)> puis <a href=\"javascript:alert(3)\">un lien</a>.\n"),
        "truncated.json" => """{"title": "Coupé", "body": "Le texte s'arrê"""u8.ToArray(),
        "ill-typed.json" => """{"title": 42, "body": ["pas", "une", "chaîne"], "date": {"y": 2020}}"""u8.ToArray(),
        "external-entity.xml" => """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>t</title><item><title>Fuite</title><description>&xxe;</description></item></channel></rss>
            """u8.ToArray(),
        "billion-laughs.xml" => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))}\">"))
            + "]><rss version=\"2.0\"><channel><title>t</title><item><title>Rires</title><description>&lol9;</description></item></channel></rss>"),
        "zip-bomb.zip" => Zip(("bomb.txt", new byte[300 * 1024 * 1024])),
        "zip-slip.zip" => Zip(("../evil.txt", Encoding.UTF8.GetBytes(Good)), ("/etc/absolute.txt", Encoding.UTF8.GetBytes(Good))),
        _ => Encoding.UTF8.GetBytes("Un titre ordinaire\n\nUn article au nom de fichier inhabituel, importé normalement.\n"),
    };

    // Fastest: the bomb is 300 MB of zeros, and the test only needs it to be a zip.
    private static byte[] Zip(params (string Name, byte[] Content)[] entries) => TestZip.Of(CompressionLevel.Fastest, entries);
}
