using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace NewsArchive.Storage;

/// <summary>The archive's store. The full-text index (<c>ArticleSearch</c>, FTS5) is created by a migration and kept in sync by the importer.</summary>
public sealed class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : DbContext(options)
{
    /// <summary>The narrow index of (Id, Published, Language) that searches read their matches through.</summary>
    public const string SearchCoverIndex = "IX_Articles_Id_Published_Language";

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Entity> Entities => Set<Entity>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<ArticleTopic> ArticleTopics => Set<ArticleTopic>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<ImportFailure> ImportFailures => Set<ImportFailure>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset; UTC ticks keep both exact and sortable.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Article>(a =>
        {
            a.HasIndex(x => new { x.SourcePath, x.SourceItem }).IsUnique();
            // Newest first, and a date range with each article's language, from the index alone: a year's browse read
            // thousands of rows scattered over the file for their language (on a cold cache, most of a second).
            a.HasIndex(x => new { x.Published, x.Id, x.Language });
            a.HasIndex(x => x.Language);
            // What a search reads of each match (id, date, language) without touching the wide rows, whose date and
            // language sit after the body (SQLite reads a row's overflow pages up to the column it wants).
            a.HasIndex(x => new { x.Id, x.Published, x.Language }).HasDatabaseName(SearchCoverIndex);
            a.Property(x => x.Title).IsRequired();
        });

        modelBuilder.Entity<Entity>(e =>
        {
            e.HasIndex(x => new { x.Kind, x.Key }).IsUnique();
            e.HasIndex(x => new { x.Kind, x.Slug }).IsUnique();
            e.HasIndex(x => new { x.Kind, x.MentionCount });
            // The facets of an unfiltered browse read the top entities of each kind straight from this index.
            e.HasIndex(x => new { x.Kind, x.ArticleCount });
        });

        modelBuilder.Entity<Mention>(m =>
        {
            m.HasOne(x => x.Article).WithMany(x => x.Mentions).OnDelete(DeleteBehavior.Cascade);
            m.HasOne(x => x.Entity).WithMany(x => x.Mentions).OnDelete(DeleteBehavior.Cascade);
            // An entity's articles in date order, straight from the index: a person page pages through them, counts
            // them by month and takes the latest without reading a row or an article's date elsewhere.
            NewestFirst(m.HasIndex(x => new { x.EntityId, x.Published, x.ArticleId }), articleIdDescending: true);
            // (ArticleId, EntityId) covers the facet join from a set of matching articles to their entities.
            m.HasIndex(x => new { x.ArticleId, x.EntityId });
        });

        modelBuilder.Entity<Quote>(q =>
        {
            q.HasOne(x => x.Article).WithMany(x => x.Quotes).OnDelete(DeleteBehavior.Cascade);
            q.HasOne(x => x.Speaker).WithMany().OnDelete(DeleteBehavior.SetNull);
            // A speaker's quotes newest first, without a sort or a look-up of each quote's article.
            NewestFirst(q.HasIndex(x => new { x.SpeakerId, x.Published, x.Id }), articleIdDescending: false);
            q.HasIndex(x => x.ArticleId);
        });

        modelBuilder.Entity<Topic>(t =>
        {
            t.HasIndex(x => new { x.Kind, x.Key }).IsUnique();
            t.HasIndex(x => x.Slug).IsUnique();
            t.HasIndex(x => x.ArticleCount);
        });

        modelBuilder.Entity<ArticleTopic>(at =>
        {
            at.HasKey(x => new { x.ArticleId, x.TopicId });
            at.HasOne(x => x.Article).WithMany(x => x.Topics).OnDelete(DeleteBehavior.Cascade);
            at.HasOne(x => x.Topic).WithMany(x => x.Articles).OnDelete(DeleteBehavior.Cascade);
            // A topic's articles in date order, straight from the index (see the Mentions index).
            NewestFirst(at.HasIndex(x => new { x.TopicId, x.Published, x.ArticleId }), articleIdDescending: true);
        });

        modelBuilder.Entity<ImportFailure>(f =>
            f.HasOne(x => x.ImportRun).WithMany(x => x.Failures).OnDelete(DeleteBehavior.Cascade));
    }

    /// <summary>
    /// An (owner, date, id) index read newest first. SQLite walks an ascending index backwards, NULL dates last. On
    /// PostgreSQL a backward walk would put the NULL dates first (there NULL sorts high), so the index itself is kept
    /// in the pages' order, <c>Published DESC NULLS LAST</c>, and read forwards.
    /// </summary>
    private void NewestFirst(Microsoft.EntityFrameworkCore.Metadata.Builders.IndexBuilder index, bool articleIdDescending)
    {
        if (Database.IsNpgsql())
        {
            index.IsDescending(false, true, articleIdDescending)
                .HasNullSortOrder(NullSortOrder.Unspecified, NullSortOrder.NullsLast, NullSortOrder.Unspecified);
        }
    }
}
