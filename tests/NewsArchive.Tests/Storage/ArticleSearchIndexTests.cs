using Microsoft.EntityFrameworkCore;
using NewsArchive.Storage;

namespace NewsArchive.Tests.Storage;

public sealed class ArticleSearchIndexTests
{
    [Fact]
    public async Task SearchRowFollowsItsArticleThroughInsertUpdateAndDelete()
    {
        await using var archive = await TemporaryArchive.CreateAsync();
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
        Assert.Equal(1, await archive.ScalarAsync("SELECT count(*) FROM ArticleSearch"));

        db.Articles.Remove(article);
        await db.SaveChangesAsync();

        Assert.Equal(0, await archive.ScalarAsync("SELECT count(*) FROM ArticleSearch"));
    }

    [Fact]
    public async Task StemColumnsHoldOneStemPerWord()
    {
        await using var archive = await TemporaryArchive.CreateAsync();
        await using var db = archive.Open();
        var article = new Article { Title = "Les déclarations", Slug = "x", Body = "Des investissements, l'État.", Language = "fr", SourcePath = "a.txt", ContentHash = "1" };
        db.Articles.Add(article);
        await db.SaveChangesAsync();

        await ArticleSearchIndex.WriteAsync(db, article, CancellationToken.None);

        var stems = await db.Database.SqlQuery<string>($"SELECT BodyStems AS Value FROM ArticleSearch").SingleAsync();
        Assert.Equal("de invest l état", stems);
    }

    private static async Task<int> Count(ArchiveDbContext db, string query) =>
        (await new ArchiveSearch(db).SearchAsync(new SearchRequest { Query = query }, CancellationToken.None)).Total;
}
