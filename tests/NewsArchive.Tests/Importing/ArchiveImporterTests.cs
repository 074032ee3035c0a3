using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsArchive.Extraction;
using NewsArchive.Importing;
using NewsArchive.Storage;

namespace NewsArchive.Tests.Importing;

public sealed class ArchiveImporterTests
{
    private const string Speech = "Le président Emmanuel Macron a parlé à l'ONU. « Nous agirons » dit Emmanuel Macron. Macron est reparti. Sujet:politique";

    [Fact]
    public async Task ImportsFoldersRecursivelyAndSkipsHiddenAndUnsupportedFiles()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        kit.Write("a.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));
        kit.Write("deep/er/b.txt", ImportTestKit.Article("Deuxième titre", "Un deuxième texte."));
        kit.Write(".hidden.txt", ImportTestKit.Article("Caché", "Un texte caché."));
        kit.Write(".git/c.txt", ImportTestKit.Article("Caché", "Un texte caché."));
        kit.Write("image.png", "not an article");

        var summary = await kit.ImportAsync();

        Assert.Equal((2, 2, 0), (summary.Files, summary.New, summary.Failed));
        await using var db = kit.Archive.Open();
        Assert.Equal(["sources/a.txt", "sources/deep/er/b.txt"], await db.Articles.OrderBy(a => a.SourcePath).Select(a => a.SourcePath).ToListAsync());
    }

    [Fact]
    public async Task UrlListsFillTheUrlsOfTheArticlesBelowThem()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        kit.Write("2018/2018-03-urls.txt", "2018_03_01-001\thttps://fr.wikinews.org/wiki/Premier\n2018_03_02-001\thttps://fr.wikinews.org/wiki/Second\n");
        kit.Write("2018/03/2018_03_01-001.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));
        kit.Write("2018/03/2018_03_09-001.txt", ImportTestKit.Article("Sans adresse", "Un texte sans adresse."));

        var summary = await kit.ImportAsync();

        Assert.Equal(2, summary.New);
        await using var db = kit.Archive.Open();
        var urls = await db.Articles.OrderBy(a => a.SourcePath).Select(a => a.Url).ToListAsync();
        Assert.Equal(["https://fr.wikinews.org/wiki/Premier", null], urls);
    }

    [Fact]
    public async Task ReimportingUnchangedFilesChangesNothing()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        kit.Write("a.txt", ImportTestKit.Article("Discours", Speech));
        kit.Write("b.txt", ImportTestKit.Article("Autre", "Angela Merkel et Emmanuel Macron. Sujet:europe"));
        await kit.ImportAsync();
        var before = await Counts(kit);

        var summary = await kit.ImportAsync();

        Assert.Equal((0, 0, 2, 0), (summary.New, summary.Updated, summary.Unchanged, summary.Failed));
        Assert.Equal(before, await Counts(kit));
        Assert.Equal(2, await kit.CountAsync("ImportRuns"));
    }

    [Fact]
    public async Task AChangedFileUpdatesItsArticleAndReplacesItsExtractions()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        var path = kit.Write("a.txt", ImportTestKit.Article("Discours", Speech));
        await kit.ImportAsync();
        File.WriteAllText(path, ImportTestKit.Article("Discours corrigé", "Angela Merkel a parlé. Sujet:europe"));

        var summary = await kit.ImportAsync();

        Assert.Equal((0, 1, 0), (summary.New, summary.Updated, summary.Unchanged));
        await using var db = kit.Archive.Open();
        var article = await db.Articles.Include(a => a.Mentions).ThenInclude(m => m.Entity).Include(a => a.Quotes).Include(a => a.Topics).ThenInclude(t => t.Topic).SingleAsync();
        Assert.Equal("Discours corrigé", article.Title);
        Assert.Equal(["Angela Merkel"], article.Mentions.Select(m => m.Entity.Name));
        Assert.Empty(article.Quotes);
        Assert.Equal(["europe"], article.Topics.Select(t => t.Topic.Name));
        var macron = await db.Entities.SingleAsync(e => e.Key == "emmanuel macron");
        Assert.Equal((0, 0), (macron.MentionCount, macron.ArticleCount));
        Assert.Equal(0, (await db.Topics.SingleAsync(t => t.Key == "politique")).ArticleCount);
        Assert.Equal(1, await kit.CountAsync("ArticleSearch"));
        var search = await new ArchiveSearch(db).SearchAsync(new SearchRequest { Query = "corrigé" }, CancellationToken.None);
        Assert.Equal(1, search.Total);
        Assert.Equal(0, (await new ArchiveSearch(db).SearchAsync(new SearchRequest { Query = "président" }, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task ABrokenFileIsReportedRecordedAndTheRestImports()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        kit.Write("a.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));
        kit.Write("empty.txt", "");
        kit.Write("c.txt", ImportTestKit.Article("Troisième titre", "Un troisième texte."));

        var summary = await kit.ImportAsync();

        Assert.Equal(2, summary.New);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal("sources/empty.txt", failure.Path);
        Assert.NotEmpty(failure.Reason);
        Assert.Contains(kit.Logger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("sources/empty.txt", StringComparison.Ordinal));
        await using var db = kit.Archive.Open();
        var recorded = await db.ImportFailures.Include(f => f.ImportRun).SingleAsync();
        Assert.Equal((failure.Path, failure.Reason), (recorded.Path, recorded.Reason));
        Assert.Equal((2, 1), (recorded.ImportRun.New, recorded.ImportRun.Failed));
        Assert.NotNull(recorded.ImportRun.EndedAt);
    }

    [Fact]
    public async Task AnArticleWhoseStoreStepFailsLeavesNoTrace()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        await kit.Archive.ScalarAsync("""
            CREATE TRIGGER "FailOnBoom" BEFORE INSERT ON "Mentions" WHEN NEW."Text" = 'Boom'
            BEGIN SELECT RAISE(ABORT, 'forced failure'); END; SELECT 0;
            """);
        kit.Write("bad.txt", ImportTestKit.Article("Mauvais", "Angela Merkel rencontre Emmanuel Macron puis Boom."));
        kit.Write("good.txt", ImportTestKit.Article("Bon", "Angela Merkel parle."));

        var summary = await kit.ImportAsync(new ImportOptions { BaseDirectory = kit.Archive.Folder, Workers = 1 });

        Assert.Equal(1, summary.New);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal("sources/bad.txt", failure.Path);
        Assert.Contains("forced failure", failure.Reason, StringComparison.Ordinal);
        await using var db = kit.Archive.Open();
        Assert.Equal(["Bon"], await db.Articles.Select(a => a.Title).ToListAsync());
        Assert.Equal(1, await kit.CountAsync("ArticleSearch"));
        Assert.Equal(1, await kit.CountAsync("Mentions"));
        Assert.False(await db.Entities.AnyAsync(e => e.Name == "Boom" || e.Name == "Emmanuel Macron"));
        var merkel = await db.Entities.SingleAsync();
        Assert.Equal((1, 1), (merkel.MentionCount, merkel.ArticleCount));
    }

    [Fact]
    public async Task AnAnalyserFailureRejectsOnlyItsArticle()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        kit.Write("a.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));
        kit.Write("b.txt", ImportTestKit.Article("Piège", "Ce texte fait échouer l'analyse."));
        kit.Analyze = article => article.Title == "Piège" ? throw new InvalidOperationException("analyser bug") : ImportTestKit.FindKnownNames(article);

        var summary = await kit.ImportAsync();

        Assert.Equal(1, summary.New);
        Assert.Equal(new ImportFailureInfo("sources/b.txt", "analysis failed: analyser bug"), Assert.Single(summary.Failures));
        Assert.Equal(1, await kit.CountAsync("ImportFailures"));
    }

    [Fact]
    public async Task ADryRunWritesNothing()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        kit.Write("a.txt", ImportTestKit.Article("Discours", Speech));
        kit.Write("empty.txt", "");

        var summary = await kit.ImportAsync(new ImportOptions { DryRun = true, BaseDirectory = kit.Archive.Folder });

        Assert.Equal((true, null, 1, 1), (summary.DryRun, summary.RunId, summary.New, summary.Failed));
        foreach (var table in new[] { "Articles", "Entities", "Mentions", "ImportRuns", "ImportFailures", "ArticleSearch" })
        {
            Assert.Equal(0, await kit.CountAsync(table));
        }
    }

    [Fact]
    public async Task ADryRunWithoutAnArchiveCreatesNone()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        kit.Write("a.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));
        var missing = Path.Combine(kit.Archive.Folder, "missing.db");

        var summary = await new ArchiveImporter(ArchiveDatabase.Options(missing), kit.Logger, ArticleAnalyzer.Default)
            .ImportAsync([kit.Sources], new ImportOptions { DryRun = true }, null, CancellationToken.None);

        Assert.Equal(1, summary.New);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task EntitiesAreSharedAndTheirCountsKept()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        kit.Write("a.txt", ImportTestKit.Article("Discours", Speech));
        kit.Write("b.txt", ImportTestKit.Article("Autre", "Angela Merkel et Macron. Sujet:politique"));

        await kit.ImportAsync();

        await using var db = kit.Archive.Open();
        var macron = await db.Entities.SingleAsync(e => e.Key == "emmanuel macron");
        Assert.Equal(("Emmanuel Macron", "emmanuel-macron", EntityKind.Person), (macron.Name, macron.Slug, macron.Kind));
        Assert.Equal((4, 2), (macron.MentionCount, macron.ArticleCount));
        Assert.Equal(3, await db.Entities.CountAsync());
        var topic = await db.Topics.SingleAsync();
        Assert.Equal(("politique", 2), (topic.Slug, topic.ArticleCount));
        var quote = await db.Quotes.Include(q => q.Speaker).SingleAsync();
        Assert.Equal(("Nous agirons", "Emmanuel Macron", "dit"), (quote.Text, quote.Speaker?.Name, quote.Cue));
        var article = await db.Articles.SingleAsync(a => a.Title == "Discours");
        Assert.Equal("Nous agirons", article.Body[quote.Start..quote.End]);
    }

    [Fact]
    public async Task EntityNamesKeepTheFullestFormAndSlugsStayUnique()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        var longName = new string('a', 60) + " " + new string('b', 30);
        kit.Analyze = article => new Analysis("fr", null,
            article.Title switch
            {
                "Un" => [new FoundEntity("Macron", [new FoundMention("Macron", 0, 6)]), new FoundEntity(longName + " x", [new FoundMention("a", 0, 1)])],
                _ => [new FoundEntity("MACRON", [new FoundMention("MACRON", 0, 6)]), new FoundEntity(longName + " y", [new FoundMention("a", 0, 1)])],
            },
            [], [], [], []);
        kit.Write("a.txt", ImportTestKit.Article("Un", "Macron arrive."));
        kit.Write("b.txt", ImportTestKit.Article("Deux", "MACRON repart."));

        await kit.ImportAsync(new ImportOptions { BaseDirectory = kit.Archive.Folder, Workers = 1 });

        await using var db = kit.Archive.Open();
        Assert.Equal(1, await db.Entities.CountAsync(e => e.Key == "macron"));
        var slugs = await db.Entities.Where(e => e.Key != "macron").OrderBy(e => e.Id).Select(e => e.Slug).ToListAsync();
        Assert.Equal([new string('a', 60), new string('a', 60) + "-2"], slugs);
    }

    [Fact]
    public async Task SourcePathsOutsideTheBaseDirectoryStayAbsolute()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        var path = kit.Write("a.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));

        await kit.ImportAsync(new ImportOptions { BaseDirectory = Path.Combine(kit.Archive.Folder, "elsewhere") }, path);

        await using var db = kit.Archive.Open();
        Assert.Equal(path, await db.Articles.Select(a => a.SourcePath).SingleAsync());
    }

    [Fact]
    public async Task SymbolicLinkLoopsEnd()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        kit.Write("a/a.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));
        Directory.CreateSymbolicLink(Path.Combine(kit.Sources, "a", "loop"), Path.Combine(kit.Sources, "a"));
        Directory.CreateSymbolicLink(Path.Combine(kit.Sources, "up"), kit.Sources);

        var summary = await kit.ImportAsync();

        Assert.Equal((1, 1), (summary.Files, summary.New));
    }

    [Fact]
    public async Task MissingPathsAreReportedAsFailures()
    {
        await using var kit = await ImportTestKit.CreateAsync();

        var summary = await kit.ImportAsync(null, Path.Combine(kit.Sources, "nope.txt"));

        Assert.Equal("no such file or folder", Assert.Single(summary.Failures).Reason);
    }

    [Fact]
    public async Task ImportedArticlesAreSearchable()
    {
        await using var kit = await ImportTestKit.CreateAsync();
        kit.Write("a.txt", ImportTestKit.Article("Les déclarations du président", Speech));

        await kit.ImportAsync();

        await using var db = kit.Archive.Open();
        var page = await new ArchiveSearch(db).SearchAsync(new SearchRequest { Query = "déclaration", People = ["emmanuel-macron"] }, CancellationToken.None);
        Assert.Equal(1, page.Total);
        Assert.Equal(new FacetValue("politique", "politique", 1), page.Facets.Topics.Single());
    }

    private static async Task<string> Counts(ImportTestKit kit)
    {
        var counts = new List<long>();
        foreach (var table in new[] { "Articles", "Entities", "Mentions", "Quotes", "Topics", "ArticleTopics", "ArticleSearch" })
        {
            counts.Add(await kit.CountAsync(table));
        }

        await using var db = kit.Archive.Open();
        var entityCounts = await db.Entities.OrderBy(e => e.Id).Select(e => e.MentionCount * 1000 + e.ArticleCount).ToListAsync();
        return string.Join(",", counts) + "|" + string.Join(",", entityCounts);
    }
}
