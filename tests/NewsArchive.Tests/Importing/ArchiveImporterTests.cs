using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsArchive.Extraction;
using NewsArchive.Importing;
using NewsArchive.Storage;

namespace NewsArchive.Tests.Importing;

/// <summary>The importer's behaviour, the same on every engine (each runs it through its own subclass below).</summary>
public abstract class ArchiveImporterTests
{
    protected ArchiveImporterTests(TestEngine engine)
    {
        Engine = PostgresServer.Require(engine);
    }

    protected TestEngine Engine { get; }

    private const string Speech = "Le président Emmanuel Macron a parlé à l'ONU. « Nous agirons » dit Emmanuel Macron. Macron est reparti. Sujet:politique";

    [SkippableFact]
    public async Task ImportsFoldersRecursivelyAndSkipsHiddenUnsupportedAndDocumentationFiles()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        kit.Write("deep/README.md", "# About these articles\n\nThey come from a wire service.");
        kit.Write("LICENSE.txt", "CC BY 2.5");
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

    [SkippableFact]
    public async Task UrlListsFillTheUrlsOfTheArticlesBelowThem()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        kit.Write("2018/2018-03-urls.txt", "2018_03_01-001\thttps://fr.wikinews.org/wiki/Premier\n2018_03_02-001\thttps://fr.wikinews.org/wiki/Second\n");
        kit.Write("2018/03/2018_03_01-001.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));
        kit.Write("2018/03/2018_03_09-001.txt", ImportTestKit.Article("Sans adresse", "Un texte sans adresse."));

        var summary = await kit.ImportAsync();

        Assert.Equal(2, summary.New);
        await using var db = kit.Archive.Open();
        var urls = await db.Articles.OrderBy(a => a.SourcePath).Select(a => a.Url).ToListAsync();
        Assert.Equal(["https://fr.wikinews.org/wiki/Premier", null], urls);
    }

    [SkippableFact]
    public async Task ReimportingUnchangedFilesChangesNothing()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        kit.Write("a.txt", ImportTestKit.Article("Discours", Speech));
        kit.Write("b.txt", ImportTestKit.Article("Autre", "Angela Merkel et Emmanuel Macron. Sujet:europe"));
        await kit.ImportAsync();
        var before = await Counts(kit);

        var summary = await kit.ImportAsync();

        Assert.Equal((0, 0, 2, 0), (summary.New, summary.Updated, summary.Unchanged, summary.Failed));
        Assert.Equal(before, await Counts(kit));
        Assert.Equal(2, await kit.CountAsync("ImportRuns"));
    }

    [SkippableFact]
    public async Task AChangedFileUpdatesItsArticleAndReplacesItsExtractions()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
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

    [SkippableFact]
    public async Task MentionsQuotesAndTopicsCarryTheirArticlesDateAndFollowItWhenItChanges()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        var path = kit.Write("a.json", Json("2024-03-05"));
        await kit.ImportAsync();
        Assert.Equal([new DateOnly(2024, 3, 5)], await LinkDates(kit));

        File.WriteAllText(path, Json("2025-01-09"));
        await kit.ImportAsync();

        Assert.Equal([new DateOnly(2025, 1, 9)], await LinkDates(kit));

        static string Json(string date) => $$"""{"title": "Discours", "date": "{{date}}", "body": "{{Speech}}"}""";
    }

    /// <summary>The distinct dates on the mentions, quotes and article topics (all three must have rows).</summary>
    private static async Task<List<DateOnly?>> LinkDates(ImportTestKit kit)
    {
        await using var db = kit.Archive.Open();
        var mentions = await db.Mentions.Select(m => m.Published).ToListAsync();
        var quotes = await db.Quotes.Select(q => q.Published).ToListAsync();
        var topics = await db.ArticleTopics.Select(t => t.Published).ToListAsync();
        Assert.All(new[] { mentions, quotes, topics }, Assert.NotEmpty);
        return [.. mentions.Concat(quotes).Concat(topics).Distinct()];
    }

    [SkippableFact]
    public async Task ABrokenFileIsReportedRecordedAndTheRestImports()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
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

    [SkippableFact]
    public async Task AnArticleWhoseStoreStepFailsLeavesNoTrace()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        await kit.Archive.ScalarAsync(Engine == TestEngine.Postgres
            ? """
              CREATE FUNCTION "FailOnBoom"() RETURNS trigger LANGUAGE plpgsql AS
              $$ BEGIN IF NEW."Text" = 'Boom' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$;
              CREATE TRIGGER "FailOnBoom" BEFORE INSERT ON "Mentions" FOR EACH ROW EXECUTE FUNCTION "FailOnBoom"(); SELECT 0;
              """
            : """
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

    [SkippableFact]
    public async Task AHugeArticleOfDistinctWordsImportsAndIsSearchable()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        // About 1.5 MB of 200,000 distinct words: more than a PostgreSQL tsvector holds.
        kit.Write("huge.txt", ImportTestKit.Article("Inventaire", "Début " + string.Join(' ', Enumerable.Range(0, 200_000).Select(i => "mot" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)))));
        kit.Write("small.txt", ImportTestKit.Article("Court", "Angela Merkel parle."));

        var summary = await kit.ImportAsync();

        Assert.Empty(summary.Failures);
        Assert.Equal(2, summary.New);
        await using var db = kit.Archive.Open();
        var found = await new ArchiveSearch(db).SearchAsync(new SearchRequest { Query = "mot1f4a" }, CancellationToken.None);
        Assert.Equal(["Inventaire"], found.Hits.Select(h => h.Title));
    }

    [SkippableFact]
    public async Task AnAnalyserFailureRejectsOnlyItsArticle()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        kit.Write("a.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));
        kit.Write("b.txt", ImportTestKit.Article("Piège", "Ce texte fait échouer l'analyse."));
        kit.Analyze = article => article.Title == "Piège" ? throw new InvalidOperationException("analyser bug") : ImportTestKit.FindKnownNames(article);

        var summary = await kit.ImportAsync();

        Assert.Equal(1, summary.New);
        Assert.Equal(new ImportFailureInfo("sources/b.txt", "analysis failed: analyser bug"), Assert.Single(summary.Failures));
        Assert.Equal(1, await kit.CountAsync("ImportFailures"));
    }

    [SkippableFact]
    public async Task AFileOfManyArticlesReachesTheWriterInChunksAndIsReportedOnce()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        var count = (3 * ArchiveImporter.ChunkArticles) + 1;
        var lines = Enumerable.Range(1, count).Select(i => i == ArchiveImporter.ChunkArticles + 2
            ? """{"title": "Piège", "body": "Ce texte fait échouer l'analyse."}"""
            : $$"""{"title": "Dépêche {{i}}", "body": "Le président Emmanuel Macron a parlé à l'ONU, dépêche {{i}}."}""");
        kit.Write("feed.jsonl", string.Join('\n', lines) + "\n");
        kit.Analyze = article => article.Title == "Piège" ? throw new InvalidOperationException("analyser bug") : ImportTestKit.FindKnownNames(article);

        var summary = await kit.ImportAsync(new ImportOptions { BaseDirectory = kit.Archive.Folder, BatchSize = ArchiveImporter.ChunkArticles });

        Assert.Equal((1, count - 1, 1), (summary.Files, summary.New, summary.Failed));
        Assert.Equal(count - 1, await kit.CountAsync("Articles"));
        Assert.Equal(count - 1, await kit.CountAsync("ArticleSearch"));
        var reported = Assert.Single(kit.Logger.Lines, l => l.Message.StartsWith("Imported sources/feed.jsonl", StringComparison.Ordinal));
        Assert.Equal($"Imported sources/feed.jsonl: {count - 1} new, 0 updated, 0 unchanged", reported.Message);
        await using var db = kit.Archive.Open();
        Assert.Equal(count - 1, await db.Entities.Where(e => e.Key == "emmanuel macron").Select(e => e.ArticleCount).SingleAsync());
    }

    [SkippableFact]
    public async Task MoreFailedArticlesThanTheImporterReadsAheadStillLetTheRestImport()
    {
        // More failures in one feed than the writer's queue and batch hold: each is reported, and the rest still imports.
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        const int failing = 1_100;
        var lines = Enumerable.Range(1, failing).Select(i => $$"""{"title": "Piège {{i}}", "body": "Ce texte fait échouer l'analyse."}""")
            .Append("""{"title": "Dépêche", "body": "Le président Emmanuel Macron a parlé à l'ONU."}""");
        kit.Write("feed.jsonl", string.Join('\n', lines) + "\n");
        kit.Analyze = article => article.Title.StartsWith("Piège", StringComparison.Ordinal) ? throw new InvalidOperationException("analyser bug") : ImportTestKit.FindKnownNames(article);

        var summary = await kit.ImportAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal((1, failing), (summary.New, summary.Failed));
        Assert.Equal(1, await kit.CountAsync("ArticleSearch"));
    }

    [SkippableFact]
    public async Task ADryRunWritesNothing()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        kit.Write("a.txt", ImportTestKit.Article("Discours", Speech));
        kit.Write("empty.txt", "");

        var summary = await kit.ImportAsync(new ImportOptions { DryRun = true, BaseDirectory = kit.Archive.Folder });

        Assert.Equal((true, null, 1, 1), (summary.DryRun, summary.RunId, summary.New, summary.Failed));
        foreach (var table in new[] { "Articles", "Entities", "Mentions", "ImportRuns", "ImportFailures", "ArticleSearch" })
        {
            Assert.Equal(0, await kit.CountAsync(table));
        }
    }

    [SkippableFact]
    public async Task ADryRunWithoutAnArchiveCreatesNone()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        kit.Write("a.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));
        var missing = Engine == TestEngine.Postgres
            ? new ArchiveLocation(ArchiveProvider.Postgres, new Npgsql.NpgsqlConnectionStringBuilder(kit.Archive.Path) { Database = "newsarchive_missing_" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString)
            : new ArchiveLocation(ArchiveProvider.Sqlite, Path.Combine(kit.Archive.Folder, "missing.db"));

        var summary = await new ArchiveImporter(ArchiveDatabase.Options(missing), kit.Logger, ArticleAnalyzer.Default)
            .ImportAsync([kit.Sources], new ImportOptions { DryRun = true }, null, CancellationToken.None);

        Assert.Equal(1, summary.New);
        await using var probe = new ArchiveDbContext(ArchiveDatabase.Options(missing));
        Assert.False(Engine == TestEngine.Postgres ? await probe.Database.CanConnectAsync() : File.Exists(missing.Target));
    }

    [SkippableFact]
    public async Task EntitiesAreSharedAndTheirCountsKept()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
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

    [SkippableFact]
    public async Task EntityNamesKeepTheFullestFormAndSlugsStayUnique()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
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

    [SkippableFact]
    public async Task SourcePathsOutsideTheBaseDirectoryStayAbsolute()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        var path = kit.Write("a.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));

        await kit.ImportAsync(new ImportOptions { BaseDirectory = Path.Combine(kit.Archive.Folder, "elsewhere") }, path);

        await using var db = kit.Archive.Open();
        Assert.Equal(path, await db.Articles.Select(a => a.SourcePath).SingleAsync());
    }

    [SkippableFact]
    public async Task SymbolicLinkLoopsEnd()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        kit.Write("a/a.txt", ImportTestKit.Article("Premier titre", "Un premier texte."));
        Directory.CreateSymbolicLink(Path.Combine(kit.Sources, "a", "loop"), Path.Combine(kit.Sources, "a"));
        Directory.CreateSymbolicLink(Path.Combine(kit.Sources, "up"), kit.Sources);

        var summary = await kit.ImportAsync();

        Assert.Equal((1, 1), (summary.Files, summary.New));
    }

    [SkippableFact]
    public async Task MissingPathsAreReportedAsFailures()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);

        var summary = await kit.ImportAsync(null, Path.Combine(kit.Sources, "nope.txt"));

        Assert.Equal("no such file or folder", Assert.Single(summary.Failures).Reason);
    }

    [SkippableFact]
    public async Task ImportedArticlesAreSearchable()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        kit.Write("a.txt", ImportTestKit.Article("Les déclarations du président", Speech));

        await kit.ImportAsync();

        await using var db = kit.Archive.Open();
        var page = await new ArchiveSearch(db).SearchAsync(new SearchRequest { Query = "déclaration", People = ["emmanuel-macron"] }, CancellationToken.None);
        Assert.Equal(1, page.Total);
        Assert.Equal(new FacetValue("politique", "politique", 1), page.Facets.Topics.Single());
    }

    [SkippableFact]
    public async Task ZipEntriesAreImportedAsArticlesOfTheirOwn()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        var zip = Path.Combine(kit.Sources, "batch.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            foreach (var (name, title) in new[] { ("one.txt", "Premier titre"), ("two.txt", "Deuxième titre") })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(ImportTestKit.Article(title, "Angela Merkel parle."));
            }
        }

        var summary = await kit.ImportAsync();
        var again = await kit.ImportAsync();

        Assert.Equal((1, 2, 0), (summary.Files, summary.New, summary.Failed));
        Assert.Equal(2, again.Unchanged);
        await using var db = kit.Archive.Open();
        Assert.Equal(["sources/batch.zip/one.txt", "sources/batch.zip/two.txt"], await db.Articles.OrderBy(a => a.SourcePath).Select(a => a.SourcePath).ToListAsync());
        Assert.Equal(2, (await db.Entities.SingleAsync()).ArticleCount);
    }

    [SkippableFact]
    public async Task ACancelledImportKeepsWhatItCommittedAndRecordsItsEnd()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        var schema = Engine == TestEngine.Sqlite ? await kit.Archive.SchemaAsync() : null;

        var (run, stored) = await ImportCancelledAtAsync(kit, files: 12, cancelAfter: 5);

        Assert.NotNull(run.EndedAt);
        Assert.InRange(stored, 4, 5);
        Assert.Equal(stored, run.New);
        Assert.Equal(stored, await kit.CountAsync("ArticleSearch"));
        await using var db = kit.Archive.Open();
        Assert.Equal(stored, (await db.Entities.SingleAsync()).ArticleCount);
        if (schema is not null)
        {
            // It filled an empty archive, so it had deferred the scattered indexes: cancelled, it built them all the same.
            Assert.Equal(schema, await kit.Archive.SchemaAsync());
        }
    }

    [SkippableFact]
    public async Task AnImportCancelledJustBeforeABatchCommitsCountsOnlyWhatItKept()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);

        // The fourth file fills the second batch of two: the cancellation lands right before that batch commits.
        var (run, stored) = await ImportCancelledAtAsync(kit, files: 8, cancelAfter: 4);

        Assert.Equal(2, stored);
        Assert.Equal(2, run.New);
        await using var db = kit.Archive.Open();
        Assert.Equal(2, (await db.Entities.SingleAsync()).ArticleCount);
    }

    /// <summary>Imports <paramref name="files"/> one-article files in batches of two, cancelled once <paramref name="cancelAfter"/> are done.</summary>
    private static async Task<(ImportRun Run, int Stored)> ImportCancelledAtAsync(ImportTestKit kit, int files, int cancelAfter)
    {
        for (var i = 0; i < files; i++)
        {
            kit.Write($"a{i:00}.txt", ImportTestKit.Article($"Titre {i}", $"Texte numéro {i} avec Angela Merkel."));
        }

        using var cancel = new CancellationTokenSource();
        var progress = new CallbackProgress(p =>
        {
            if (p.FilesDone == cancelAfter)
            {
                cancel.Cancel();
            }
        });
        var importer = new ArchiveImporter(kit.Archive.Options, kit.Logger, ImportTestKit.FindKnownNames);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            importer.ImportAsync([kit.Sources], new ImportOptions { BaseDirectory = kit.Archive.Folder, BatchSize = 2, Workers = 1 }, progress, cancel.Token));

        await using var db = kit.Archive.Open();
        return (await db.ImportRuns.SingleAsync(), await db.Articles.CountAsync());
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

public sealed class SqliteArchiveImporterTests() : ArchiveImporterTests(TestEngine.Sqlite)
{
    // A full disk is made by capping SQLite's page count; a PostgreSQL server has no per-connection equivalent.
    [Fact]
    public async Task AFullDiskFailsTheArticlesItCannotHoldAndLeavesTheArchiveConsistent()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        for (var i = 0; i < 40; i++)
        {
            kit.Write($"a{i:00}.txt", ImportTestKit.Article($"Titre {i}", string.Join(' ', Enumerable.Repeat($"Angela Merkel parle encore {i}.", 200))));
        }

        var pages = await kit.Archive.ScalarAsync("PRAGMA page_count");
        var builder = new DbContextOptionsBuilder<ArchiveDbContext>();
        ArchiveDatabase.Configure(builder, kit.Archive.Path).AddInterceptors(new PageLimit(pages + 150));
        var importer = new ArchiveImporter((DbContextOptions<ArchiveDbContext>)builder.Options, kit.Logger, ImportTestKit.FindKnownNames);

        var summary = await importer.ImportAsync([kit.Sources], new ImportOptions { BaseDirectory = kit.Archive.Folder, BatchSize = 5, Workers = 1 }, null, CancellationToken.None);

        var stored = await kit.CountAsync("Articles");
        Assert.InRange(stored, 1, 39);
        Assert.Equal((stored, 40 - stored), (summary.New, summary.Failed));
        Assert.All(summary.Failures, f => Assert.Contains("full", f.Reason, StringComparison.Ordinal));
        Assert.Equal(stored, await kit.CountAsync("ArticleSearch"));
        Assert.Equal(await kit.CountAsync("Mentions"), await kit.Archive.ScalarAsync("""SELECT coalesce(sum("MentionCount"), 0) FROM "Entities" """));
        Assert.Equal(stored, await kit.Archive.ScalarAsync("""SELECT coalesce(sum("ArticleCount"), 0) FROM "Entities" """));
    }

    // The writer checkpoints the WAL when its session ends: a copy of the archive file alone (no -wal beside it)
    // already holds every article the import reported.
    [Fact]
    public async Task AfterAnImportTheArchiveFileAloneHoldsEveryArticle()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        for (var i = 0; i < 12; i++)
        {
            kit.Write($"a{i:00}.txt", ImportTestKit.Article($"Titre {i}", "Angela Merkel et Emmanuel Macron. Sujet:europe"));
        }

        var summary = await kit.ImportAsync();

        var copy = Path.Combine(kit.Archive.Folder, "copy.db");
        await using (var source = new FileStream(kit.Archive.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        await using (var target = File.Create(copy))
        {
            await source.CopyToAsync(target);
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT count(*) FROM "Articles" """;
        Assert.Equal(12, summary.New);
        Assert.Equal(12L, await command.ExecuteScalarAsync());
    }

    // The writer lets FTS5 hold a whole batch of terms before it writes an index segment; the index must come out whole,
    // across batches and an update, and the setting must stay for the next import.
    [Fact]
    public async Task TheSearchIndexStaysWholeWithABatchOfTermsHeldInMemory()
    {
        await using var kit = await ImportTestKit.CreateAsync(Engine);
        for (var i = 0; i < 30; i++)
        {
            kit.Write($"a{i:00}.txt", ImportTestKit.Article($"Titre {i}", $"Angela Merkel parle du budget numéro {i}. Sujet:europe"));
        }

        var batchesOfSeven = new ImportOptions { BaseDirectory = kit.Archive.Folder, BatchSize = 7 };
        await kit.ImportAsync(batchesOfSeven);
        kit.Write("a03.txt", ImportTestKit.Article("Titre corrigé", "Emmanuel Macron parle de la dette."));
        var summary = await kit.ImportAsync(batchesOfSeven);

        Assert.Equal((0, 1, 29), (summary.New, summary.Updated, summary.Unchanged));
        // FTS5 checks its index's structure (a contentless table has no text to check it against) and raises an error where it is broken.
        await kit.Archive.ScalarAsync("""INSERT INTO "ArticleSearch"("ArticleSearch") VALUES ('integrity-check')""");
        Assert.Equal(16L << 20, await kit.Archive.ScalarAsync("""SELECT "v" FROM "ArticleSearch_config" WHERE "k" = 'hashsize'"""));
        await using var db = kit.Archive.Open();
        var search = new ArchiveSearch(db);
        Assert.Equal(29, (await search.SearchAsync(new SearchRequest { Query = "budget" }, CancellationToken.None)).Total);
        Assert.Equal(1, (await search.SearchAsync(new SearchRequest { Query = "dette" }, CancellationToken.None)).Total);
    }

    /// <summary>Caps the database file's size on every connection, to make SQLite run out of space.</summary>
    private sealed class PageLimit(long pages) : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
    {
        public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA max_page_count = " + pages.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.ExecuteNonQuery();
            return Task.CompletedTask;
        }
    }
}

public sealed class PostgresArchiveImporterTests() : ArchiveImporterTests(TestEngine.Postgres);
