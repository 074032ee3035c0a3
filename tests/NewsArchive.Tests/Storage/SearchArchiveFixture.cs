using NewsArchive.Extraction;
using NewsArchive.Storage;

namespace NewsArchive.Tests.Storage;

/// <summary>A small archive of four articles (French and English) with entities and topics, shared by the search tests.</summary>
public abstract class SearchArchiveFixture(TestEngine engine) : IAsyncLifetime
{
    private TemporaryArchive? archive;

    public TestEngine Engine => engine;

    internal TemporaryArchive Archive => archive ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        if (PostgresServer.Unavailable(engine))
        {
            return;
        }

        archive = await TemporaryArchive.CreateAsync(engine);
        await using var db = archive.Open();
        var trump = NewEntity(EntityKind.Person, "Donald Trump");
        var renzi = NewEntity(EntityKind.Person, "Matteo Renzi");
        var washington = NewEntity(EntityKind.Place, "Washington");
        var rome = NewEntity(EntityKind.Place, "Rome");
        var europe = NewEntity(EntityKind.Place, "Europe");
        var onu = NewEntity(EntityKind.Organisation, "ONU");
        var economy = new Topic { Kind = TopicKind.Category, Name = "Économie", Key = "economie", Slug = "economie" };
        var sport = new Topic { Kind = TopicKind.Category, Name = "Sport", Key = "sport", Slug = "sport" };

        var articles = new[]
        {
            NewArticle(1, "fr", new DateOnly(2018, 3, 1), "Les États-Unis imposent des droits de douane",
                "Washington a publié une déclaration sur l'acier. Donald Trump a parlé devant l'ONU.",
                [(trump, "Donald Trump"), (washington, "Washington"), (onu, "ONU")], [economy]),
            NewArticle(2, "fr", new DateOnly(2018, 3, 15), "Élection en Italie",
                "Les déclarations des candidats se multiplient à Rome. Matteo Renzi démissionne.",
                [(renzi, "Matteo Renzi"), (rome, "Rome")], []),
            NewArticle(3, "en", new DateOnly(2018, 4, 2), "A fund grows in Europe",
                "The investment fund grew across Europe. Donald Trump commented on the fund.",
                [(trump, "Donald Trump"), (europe, "Europe")], [economy]),
            NewArticle(4, "fr", new DateOnly(2017, 12, 20), "Rome : la finale",
                "Le match de football a eu lieu dans la capitale. Une victoire nette.",
                [(rome, "Rome")], [sport]),
        };

        db.AddRange(articles);
        await db.SaveChangesAsync();
        foreach (var article in articles)
        {
            await ArticleSearchIndex.WriteAsync(db, article, CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (archive is not null)
        {
            await archive.DisposeAsync();
        }
    }

    private static Entity NewEntity(EntityKind kind, string name) =>
        new() { Kind = kind, Name = name, Key = NameKey.Of(name), Slug = Slug.Of(name) };

    private static Article NewArticle(int item, string language, DateOnly published, string title, string body, (Entity Entity, string Text)[] mentions, Topic[] topics)
    {
        var article = new Article
        {
            Title = title,
            Slug = Slug.Of(title),
            Body = body,
            Language = language,
            Published = published,
            SourcePath = "fixture.txt",
            SourceItem = item,
            ContentHash = item.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (entity, text) in mentions)
        {
            var start = body.IndexOf(text, StringComparison.Ordinal);
            article.Mentions.Add(new Mention { Entity = entity, Text = text, Start = start, End = start + text.Length });
            entity.MentionCount++;
            entity.ArticleCount++;
        }

        foreach (var topic in topics)
        {
            article.Topics.Add(new ArticleTopic { Topic = topic, Score = 0.5 });
            topic.ArticleCount++;
        }

        return article;
    }
}

public sealed class SqliteSearchArchiveFixture() : SearchArchiveFixture(TestEngine.Sqlite);

public sealed class PostgresSearchArchiveFixture() : SearchArchiveFixture(TestEngine.Postgres);
