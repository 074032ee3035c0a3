using Microsoft.EntityFrameworkCore;
using NewsArchive.Storage;

namespace NewsArchive.Tests.Storage;

public abstract class ArticleSearchIndexTests(TestEngine engine)
{
    protected TestEngine Engine { get; } = PostgresServer.Require(engine);

    [SkippableFact]
    public async Task SearchRowFollowsItsArticleThroughInsertUpdateAndDelete()
    {
        await using var archive = await TemporaryArchive.CreateAsync(Engine);
        await using var db = archive.Open();
        var article = new Article
        {
            Title = "Séisme au Japon",
            Slug = "seisme-au-japon",
            Body = "Un tremblement de terre a frappé Tokyo.",
            Language = "fr",
            SourcePath = "a.txt",
            ContentHash = "1",
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        await ArticleSearchIndex.WriteAsync(db, article, CancellationToken.None);

        Assert.Equal(1, await Count(db, "seisme"));

        article.Title = "Tempête au Japon";
        await db.SaveChangesAsync();
        await ArticleSearchIndex.WriteAsync(db, article, CancellationToken.None);

        Assert.Equal(0, await Count(db, "seisme"));
        Assert.Equal(1, await Count(db, "tempete"));
        Assert.Equal(1, await archive.ScalarAsync("SELECT count(*) FROM \"ArticleSearch\""));

        db.Articles.Remove(article);
        await db.SaveChangesAsync();

        Assert.Equal(0, await archive.ScalarAsync("SELECT count(*) FROM \"ArticleSearch\""));
    }

    [SkippableFact]
    public async Task NewestFirstListsPutUndatedArticlesLast()
    {
        await using var archive = await TemporaryArchive.CreateAsync(Engine);
        await using var db = archive.Open();
        foreach (var (title, published) in new[] { ("Sans date", (DateOnly?)null), ("Ancien", new DateOnly(2016, 1, 1)), ("Récent", new DateOnly(2018, 1, 1)) })
        {
            db.Articles.Add(new Article { Title = title, Slug = Slug.Of(title), Body = title, Language = "fr", Published = published, SourcePath = title, ContentHash = title });
        }

        await db.SaveChangesAsync();

        Assert.Equal(["Récent", "Ancien", "Sans date"], await db.Articles.OrderByDescending(a => a.Published).Select(a => a.Title).ToListAsync());
        Assert.Equal(["Sans date", "Ancien", "Récent"], await db.Articles.OrderBy(a => a.Published).Select(a => a.Title).ToListAsync());
    }

    protected static async Task<int> Count(ArchiveDbContext db, string query) =>
        (await new ArchiveSearch(db).SearchAsync(new SearchRequest { Query = query }, CancellationToken.None)).Total;
}

public sealed class SqliteArticleSearchIndexTests() : ArticleSearchIndexTests(TestEngine.Sqlite)
{
    [Fact]
    public async Task StemColumnsHoldOneStemPerWord()
    {
        await using var archive = await TemporaryArchive.CreateAsync();
        await using var db = archive.Open();
        var article = new Article { Title = "Les déclarations", Slug = "x", Body = "Des investissements, l'État.", Language = "fr", SourcePath = "a.txt", ContentHash = "1" };
        db.Articles.Add(article);
        await db.SaveChangesAsync();

        await ArticleSearchIndex.WriteAsync(db, article, CancellationToken.None);

        // The table keeps no text to read back: the stems are found by matching the stem column alone, as a phrase.
        Assert.Equal(1, await MatchesAsync(db, "{BodyStems} : \"de invest l état\""));
        Assert.Equal(1, await MatchesAsync(db, "{TitleStems} : \"le déclar\""));
        Assert.Equal(0, await MatchesAsync(db, "{BodyStems TitleStems} : \"investissements\""));
    }

    [Fact]
    public async Task ASecondRowUnderTheSameIdReplacesTheFirst()
    {
        // The table keeps no text, so FTS5 would index a second row under an id it has beside the first: the insert replaces.
        await using var archive = await TemporaryArchive.CreateAsync();
        await using var db = archive.Open();
        await db.Database.OpenConnectionAsync();
        foreach (var body in new[] { "Le budget est voté.", "La dette est votée." })
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = ArchiveEngine.Sqlite.InsertSearchRowSql;
            ArticleSearchIndex.Row.Of(ArchiveEngine.Sqlite, "Titre", body, "fr").Bind(command, 7);
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(1, await archive.ScalarAsync("""SELECT count(*) FROM "ArticleSearch" """));
        Assert.Equal(0, await MatchesAsync(db, "budget"));
        Assert.Equal(1, await MatchesAsync(db, "dette"));
        Assert.Equal(1, await MatchesAsync(db, "titre"));
    }

    private static async Task<int> MatchesAsync(ArchiveDbContext db, string expression) =>
        await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {expression}").SingleAsync();
}

public sealed class PostgresArticleSearchIndexTests() : ArticleSearchIndexTests(TestEngine.Postgres)
{
    [SkippableFact]
    public async Task SearchRowHoldsTheWordsFoldedAndTheirStemsInTheArticlesLanguage()
    {
        await using var archive = await TemporaryArchive.CreateAsync(Engine);
        await using var db = archive.Open();
        var article = new Article { Title = "Les déclarations", Slug = "x", Body = "Des investissements, l'État.", Language = "fr", SourcePath = "a.txt", ContentHash = "1" };
        db.Articles.Add(article);
        await db.SaveChangesAsync();

        await ArticleSearchIndex.WriteAsync(db, article, CancellationToken.None);

        var words = await db.Database.SqlQuery<string>($"SELECT \"Words\"::text AS \"Value\" FROM \"ArticleSearch\"").SingleAsync();
        var stems = await db.Database.SqlQuery<string>($"SELECT \"Stems\"::text AS \"Value\" FROM \"ArticleSearch\"").SingleAsync();
        Assert.Equal("'declarations':2A 'des':3 'etat':6 'investissements':4 'l':5 'les':1A", words);
        Assert.Equal("'declar':2A 'etat':6 'invest':4 'le':1A", stems);
    }
}
