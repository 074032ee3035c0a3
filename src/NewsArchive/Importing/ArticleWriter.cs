using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NewsArchive.Extraction;
using NewsArchive.Storage;

namespace NewsArchive.Importing;

/// <summary>
/// Writes articles with their mentions, quotes, topics and search row. Hand-written, prepared SQL on one connection:
/// an EF SaveChanges per article costs more than the whole rest of the import. Each article is written inside a
/// savepoint of the batch transaction, so it is stored completely or not at all. Entity and topic ids are cached
/// for the run; what an article adds to the caches is kept only once its savepoint is released. An article's
/// mentions, quotes and topics go in one statement each (rows passed as JSON), and the entity and topic counts
/// are added once per batch, before it commits: statements, not bytes, are what the writer pays for. Search rows are
/// written at the end of the batch too on SQLite, outside the articles' savepoints: FTS5 flushes its pending terms into
/// a new index segment at every savepoint of a transaction that has touched it, which made each article a segment of
/// its own (and its savepoint's release the dearest statement of the import). The SQL is
/// written once for both engines; what differs (JSON rows, the search row, a lost transaction) comes from
/// <see cref="ArchiveEngine"/>.
/// </summary>
internal sealed class ArticleWriter(ArchiveDbContext db) : IAsyncDisposable
{
    private const string Savepoint = "article";
    private static readonly DateTimeOffsetToBinaryConverter Time = new();

    private readonly ArchiveEngine engine = ArchiveEngine.Of(db.Database);
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private readonly Dictionary<(EntityKind Kind, string Key), CachedName> entities = [];
    private readonly Dictionary<EntityKind, HashSet<string>> entitySlugs = [];
    private readonly Dictionary<(TopicKind Kind, string Key), int> topics = [];
    private readonly HashSet<string> topicSlugs = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (int Mentions, int Articles)> entityCounts = [];
    private readonly Dictionary<int, int> topicCounts = [];
    private readonly List<(int Id, ArticleSearchIndex.Row Row, bool Replace)> searchRows = [];
    private DbConnection? connection;
    private DbTransaction? transaction;
    private DeferredIndexes? deferredIndexes;

    /// <summary>Whether the connection has fallen out of the batch transaction (the engine rolled it back itself).</summary>
    private bool TransactionLost => engine.TransactionLost(connection, transaction);

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        connection = db.Database.GetDbConnection();
        if (engine.WriterSessionSql is { } session)
        {
            await ExecAsync(session.Start, cancellationToken).ConfigureAwait(false);
        }

        await LoadCachesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// When this import fills an empty SQLite archive, drops its scattered indexes until <see cref="RestoreIndexesAsync"/>
    /// (see <see cref="DeferredIndexes"/>). Call it outside a batch.
    /// </summary>
    public async Task DeferIndexesAsync(CancellationToken cancellationToken)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite)
        {
            deferredIndexes = await DeferredIndexes.DeferAsync(sqlite, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Builds the indexes <see cref="DeferIndexesAsync"/> dropped, if any. Call it outside a batch.</summary>
    public async Task RestoreIndexesAsync()
    {
        if (deferredIndexes is { } deferred)
        {
            deferredIndexes = null;
            using (deferred)
            {
                await deferred.RestoreAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    public async Task BeginBatchAsync(CancellationToken cancellationToken)
    {
        var begun = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        transaction = begun.GetDbTransaction();
    }

    public async Task CommitBatchAsync(CancellationToken cancellationToken)
    {
        await FlushSearchRowsAsync(cancellationToken).ConfigureAwait(false);
        await FlushCountsAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.CurrentTransaction is { } current)
        {
            await current.CommitAsync(cancellationToken).ConfigureAwait(false);
            await current.DisposeAsync().ConfigureAwait(false);
        }

        transaction = null;
    }

    /// <summary>Abandons the batch; the caches are reloaded since they may hold ids of rolled-back rows.</summary>
    public async Task RollbackBatchAsync()
    {
        if (db.Database.CurrentTransaction is { } current)
        {
            try
            {
                await current.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                // Already rolled back by the engine itself.
            }

            await current.DisposeAsync().ConfigureAwait(false);
        }

        transaction = null;
        entityCounts.Clear();
        topicCounts.Clear();
        searchRows.Clear();
        await LoadCachesAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The stored articles of one source path: item → (id, content hash).</summary>
    public async Task<Dictionary<int, (int Id, string Hash)>> ExistingAsync(string sourcePath, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<int, (int, string)>();
        var command = Command("""SELECT "SourceItem", "Id", "ContentHash" FROM "Articles" WHERE "SourcePath" = @path""");
        ArticleSearchIndex.SetParameter(command, "@path", sourcePath);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            existing[reader.GetInt32(0)] = (reader.GetInt32(1), reader.GetString(2));
        }

        return existing;
    }

    /// <summary>Writes one analysed article (new when <paramref name="existingId"/> is null) atomically.</summary>
    public async Task WriteAsync(PreparedArticle prepared, Analysis analysis, ArticleSearchIndex.Row row, int? existingId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = new Pending();
        if (TransactionLost)
        {
            throw new BatchLostException("the batch transaction has ended");
        }

        await ExecAsync("SAVEPOINT " + Savepoint, cancellationToken).ConfigureAwait(false);
        try
        {
            var published = analysis.Published ?? prepared.Article.Published;
            var id = await WriteArticleAsync(prepared, analysis, published, existingId, now, cancellationToken).ConfigureAwait(false);
            await WriteEntitiesAsync(id, published, analysis, pending, cancellationToken).ConfigureAwait(false);
            await WriteTopicsAsync(id, published, analysis, pending, cancellationToken).ConfigureAwait(false);
            if (engine.SearchRowsAtBatchEnd)
            {
                pending.SearchRow = (id, row, existingId is not null);
            }
            else
            {
                await WriteSearchRowAsync(id, row, existingId is not null, cancellationToken).ConfigureAwait(false);
            }

            await ExecAsync("RELEASE " + Savepoint, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // On a full disk or an I/O error SQLite may roll the whole transaction back itself: the batch is gone.
            if (TransactionLost)
            {
                throw new BatchLostException(ex.Message, ex);
            }

            try
            {
                await ExecAsync("ROLLBACK TO " + Savepoint, CancellationToken.None).ConfigureAwait(false);
                await ExecAsync("RELEASE " + Savepoint, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception rollback) when (rollback is DbException or InvalidOperationException)
            {
                throw new BatchLostException(ex.Message, new AggregateException(ex, rollback));
            }

            throw;
        }

        pending.ApplyTo(this);
    }

    public async ValueTask DisposeAsync()
    {
        // Not restored (it failed): the lock goes, and the next migration builds them.
        deferredIndexes?.Dispose();
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        commands.Clear();
        if (engine.WriterSessionSql is { } session && connection is { State: System.Data.ConnectionState.Open })
        {
            await using var reset = connection.CreateCommand();
            reset.CommandText = session.End;
            await reset.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await db.Database.CloseConnectionAsync().ConfigureAwait(false);
    }

    private async Task<int> WriteArticleAsync(PreparedArticle prepared, Analysis analysis, DateOnly? published, int? existingId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var article = prepared.Article;
        (string, object?)[] fields =
        [
            ("@title", article.Title), ("@slug", Slug.Of(article.Title)), ("@body", article.Body), ("@language", analysis.Language),
            ("@published", published), ("@dateline", article.Dateline), ("@url", article.Url), ("@author", article.Author),
            ("@hash", prepared.Hash), ("@now", Time.ConvertToProvider(now)),
        ];
        if (existingId is { } id)
        {
            await ExecAsync("""
                UPDATE "Articles" SET "Title" = @title, "Slug" = @slug, "Body" = @body, "Language" = @language,
                    "Published" = @published, "Dateline" = @dateline, "Url" = @url, "Author" = @author,
                    "ContentHash" = @hash, "UpdatedAt" = @now
                WHERE "Id" = @id
                """, cancellationToken, [.. fields, ("@id", id)]).ConfigureAwait(false);
            await RemoveExtractionsAsync(id, cancellationToken).ConfigureAwait(false);
            return id;
        }

        var inserted = await ScalarAsync("""
            INSERT INTO "Articles" ("Title", "Slug", "Body", "Language", "Published", "Dateline", "Url", "Author",
                "SourcePath", "SourceItem", "ContentHash", "ImportedAt", "UpdatedAt")
            VALUES (@title, @slug, @body, @language, @published, @dateline, @url, @author, @path, @item, @hash, @now, @now)
            RETURNING "Id"
            """, cancellationToken, [.. fields, ("@path", article.Source), ("@item", article.Item)]).ConfigureAwait(false);
        return Convert.ToInt32(inserted, CultureInfo.InvariantCulture);
    }

    /// <summary>Takes out an updated article's old mentions, quotes and topics, and their share of the counts.</summary>
    private async Task RemoveExtractionsAsync(int id, CancellationToken cancellationToken)
    {
        await ExecAsync("""
            UPDATE "Entities" SET
                "MentionCount" = "MentionCount" - (SELECT count(*) FROM "Mentions" AS m WHERE m."ArticleId" = @id AND m."EntityId" = "Entities"."Id"),
                "ArticleCount" = "ArticleCount" - 1
            WHERE "Id" IN (SELECT "EntityId" FROM "Mentions" WHERE "ArticleId" = @id)
            """, cancellationToken, ("@id", id)).ConfigureAwait(false);
        await ExecAsync("""
            UPDATE "Topics" SET "ArticleCount" = "ArticleCount" - 1
            WHERE "Id" IN (SELECT "TopicId" FROM "ArticleTopics" WHERE "ArticleId" = @id)
            """, cancellationToken, ("@id", id)).ConfigureAwait(false);
        await ExecAsync("""DELETE FROM "Mentions" WHERE "ArticleId" = @id""", cancellationToken, ("@id", id)).ConfigureAwait(false);
        await ExecAsync("""DELETE FROM "Quotes" WHERE "ArticleId" = @id""", cancellationToken, ("@id", id)).ConfigureAwait(false);
        await ExecAsync("""DELETE FROM "ArticleTopics" WHERE "ArticleId" = @id""", cancellationToken, ("@id", id)).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the article's mentions and quotes, each row with the article's date (<paramref name="published"/>), which
    /// the entity pages read them by.
    /// </summary>
    private async Task WriteEntitiesAsync(int articleId, DateOnly? published, Analysis analysis, Pending pending, CancellationToken cancellationToken)
    {
        // The same entity may come twice (two spellings with one key): its mentions are merged.
        var found = new Dictionary<(EntityKind, string), (string Name, List<FoundMention> Mentions)>();
        foreach (var (kind, list) in new[] { (EntityKind.Person, analysis.People), (EntityKind.Organisation, analysis.Organisations), (EntityKind.Place, analysis.Places) })
        {
            foreach (var entity in list)
            {
                var key = NameKey.Of(entity.Name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (found.TryGetValue((kind, key), out var seen))
                {
                    seen.Mentions.AddRange(entity.Mentions);
                    found[(kind, key)] = (Fuller(seen.Name, entity.Name), seen.Mentions);
                }
                else
                {
                    found[(kind, key)] = (entity.Name, [.. entity.Mentions]);
                }
            }
        }

        var ids = new Dictionary<(EntityKind, string), int>();
        var mentionRows = new JsonRows();
        foreach (var ((kind, key), (name, mentions)) in found)
        {
            var id = await EntityIdAsync(kind, key, name, pending, cancellationToken).ConfigureAwait(false);
            ids[(kind, key)] = id;
            foreach (var mention in mentions)
            {
                mentionRows.Add(id, mention.Text, mention.Start, mention.End);
            }

            pending.EntityCounts.Add((id, mentions.Count));
        }

        if (mentionRows.Count > 0)
        {
            await ExecAsync($"""
                INSERT INTO "Mentions" ("ArticleId", "EntityId", "Text", "Start", "End", "Published")
                SELECT @article, j.c0, j.c1, j.c2, j.c3, {engine.DateValue("@published")} FROM ({engine.JsonRows("@rows", "int", "text", "int", "int")}) AS j
                """, cancellationToken, ("@article", articleId), ("@published", published), ("@rows", mentionRows.ToJson())).ConfigureAwait(false);
        }

        var quoteRows = new JsonRows();
        foreach (var quote in analysis.Quotes)
        {
            quoteRows.Add(quote.Text, quote.Start, quote.End, SpeakerId(quote, ids, pending), quote.Cue);
        }

        if (quoteRows.Count > 0)
        {
            await ExecAsync($"""
                INSERT INTO "Quotes" ("ArticleId", "Text", "Start", "End", "SpeakerId", "Cue", "Published")
                SELECT @article, j.c0, j.c1, j.c2, j.c3, j.c4, {engine.DateValue("@published")} FROM ({engine.JsonRows("@rows", "text", "int", "int", "int", "text")}) AS j
                """, cancellationToken, ("@article", articleId), ("@published", published), ("@rows", quoteRows.ToJson())).ConfigureAwait(false);
        }
    }

    private int? SpeakerId(FoundQuote quote, Dictionary<(EntityKind, string), int> articleEntities, Pending pending)
    {
        if (quote.Speaker is null)
        {
            return null;
        }

        var key = NameKey.Of(quote.Speaker);
        EntityKind[] kinds = quote.SpeakerKind is { } kind ? [kind] : [EntityKind.Person, EntityKind.Organisation];
        foreach (var k in kinds)
        {
            if (articleEntities.TryGetValue((k, key), out var id))
            {
                return id;
            }

            if (pending.Entities.TryGetValue((k, key), out var added) || entities.TryGetValue((k, key), out added))
            {
                return added.Id;
            }
        }

        return null;
    }

    private async Task<int> EntityIdAsync(EntityKind kind, string key, string name, Pending pending, CancellationToken cancellationToken)
    {
        if (pending.Entities.TryGetValue((kind, key), out var known) || entities.TryGetValue((kind, key), out known))
        {
            if (Fuller(known.Name, name) != known.Name)
            {
                await ExecAsync("""UPDATE "Entities" SET "Name" = @name WHERE "Id" = @id""", cancellationToken, ("@name", name), ("@id", known.Id)).ConfigureAwait(false);
                pending.Entities[(kind, key)] = known with { Name = name };
            }

            return known.Id;
        }

        var slugs = entitySlugs.TryGetValue(kind, out var set) ? set : entitySlugs[kind] = new HashSet<string>(StringComparer.Ordinal);
        var slug = UniqueSlug(Slug.Of(name), s => slugs.Contains(s) || pending.EntitySlugs.Contains((kind, s)));
        var id = Convert.ToInt32(await ScalarAsync("""
            INSERT INTO "Entities" ("Kind", "Name", "Key", "Slug", "MentionCount", "ArticleCount")
            VALUES (@kind, @name, @key, @slug, 0, 0) RETURNING "Id"
            """, cancellationToken, ("@kind", (int)kind), ("@name", name), ("@key", key), ("@slug", slug)).ConfigureAwait(false), CultureInfo.InvariantCulture);
        pending.Entities[(kind, key)] = new CachedName(id, name);
        pending.EntitySlugs.Add((kind, slug));
        return id;
    }

    private async Task WriteTopicsAsync(int articleId, DateOnly? published, Analysis analysis, Pending pending, CancellationToken cancellationToken)
    {
        var scores = new Dictionary<int, double>();
        foreach (var topic in analysis.Topics)
        {
            var key = NameKey.Of(topic.Name);
            if (key.Length == 0)
            {
                continue;
            }

            if (!pending.Topics.TryGetValue((topic.Kind, key), out var id) && !topics.TryGetValue((topic.Kind, key), out id))
            {
                var slug = UniqueSlug(Slug.Of(topic.Name), s => topicSlugs.Contains(s) || pending.TopicSlugs.Contains(s));
                id = Convert.ToInt32(await ScalarAsync("""
                    INSERT INTO "Topics" ("Kind", "Name", "Key", "Slug", "ArticleCount") VALUES (@kind, @name, @key, @slug, 0) RETURNING "Id"
                    """, cancellationToken, ("@kind", (int)topic.Kind), ("@name", topic.Name), ("@key", key), ("@slug", slug)).ConfigureAwait(false), CultureInfo.InvariantCulture);
                pending.Topics[(topic.Kind, key)] = id;
                pending.TopicSlugs.Add(slug);
            }

            scores[id] = Math.Max(scores.GetValueOrDefault(id), topic.Score);
        }

        if (scores.Count > 0)
        {
            var rows = new JsonRows();
            foreach (var (topicId, score) in scores)
            {
                rows.Add(topicId, score);
                pending.TopicCounts.Add(topicId);
            }

            await ExecAsync($"""
                INSERT INTO "ArticleTopics" ("ArticleId", "TopicId", "Score", "Published")
                SELECT @article, j.c0, j.c1, {engine.DateValue("@published")} FROM ({engine.JsonRows("@rows", "int", "real")}) AS j
                """, cancellationToken, ("@article", articleId), ("@published", published), ("@rows", rows.ToJson())).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes the batch's search rows, in the batch transaction: they commit with their articles or not at all, and a
    /// failure here loses the whole batch (the importer then reports each of its articles).
    /// </summary>
    private async Task FlushSearchRowsAsync(CancellationToken cancellationToken)
    {
        foreach (var (id, row, replace) in searchRows)
        {
            await WriteSearchRowAsync(id, row, replace, cancellationToken).ConfigureAwait(false);
        }

        searchRows.Clear();
    }

    private async Task WriteSearchRowAsync(int id, ArticleSearchIndex.Row row, bool replace, CancellationToken cancellationToken)
    {
        if (replace)
        {
            await ExecAsync(engine.DeleteSearchRowSql, cancellationToken, ("@id", id)).ConfigureAwait(false);
        }

        var insert = Command(engine.InsertSearchRowSql);
        row.Bind(insert, id);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the batch's entity and topic counts, in one statement each.</summary>
    private async Task FlushCountsAsync(CancellationToken cancellationToken)
    {
        if (entityCounts.Count > 0)
        {
            var rows = new JsonRows();
            foreach (var (id, (mentions, articles)) in entityCounts)
            {
                rows.Add(id, mentions, articles);
            }

            await ExecAsync($"""
                UPDATE "Entities" SET "MentionCount" = "MentionCount" + d.c1, "ArticleCount" = "ArticleCount" + d.c2
                FROM ({engine.JsonRows("@rows", "int", "int", "int")}) AS d
                WHERE "Entities"."Id" = d.c0
                """, cancellationToken, ("@rows", rows.ToJson())).ConfigureAwait(false);
            entityCounts.Clear();
        }

        if (topicCounts.Count > 0)
        {
            var rows = new JsonRows();
            foreach (var (id, articles) in topicCounts)
            {
                rows.Add(id, articles);
            }

            await ExecAsync($"""
                UPDATE "Topics" SET "ArticleCount" = "ArticleCount" + d.c1
                FROM ({engine.JsonRows("@rows", "int", "int")}) AS d
                WHERE "Topics"."Id" = d.c0
                """, cancellationToken, ("@rows", rows.ToJson())).ConfigureAwait(false);
            topicCounts.Clear();
        }
    }

    private async Task LoadCachesAsync(CancellationToken cancellationToken)
    {
        entities.Clear();
        entitySlugs.Clear();
        topics.Clear();
        topicSlugs.Clear();
        await using (var reader = await Command("""SELECT "Id", "Kind", "Key", "Name", "Slug" FROM "Entities" """).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var kind = (EntityKind)reader.GetInt32(1);
                entities[(kind, reader.GetString(2))] = new CachedName(reader.GetInt32(0), reader.GetString(3));
                (entitySlugs.TryGetValue(kind, out var set) ? set : entitySlugs[kind] = new HashSet<string>(StringComparer.Ordinal)).Add(reader.GetString(4));
            }
        }

        await using (var reader = await Command("""SELECT "Id", "Kind", "Key", "Slug" FROM "Topics" """).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                topics[((TopicKind)reader.GetInt32(1), reader.GetString(2))] = reader.GetInt32(0);
                topicSlugs.Add(reader.GetString(3));
            }
        }
    }

    /// <summary>The fuller of two names of one entity: the longer, or the first on a tie.</summary>
    private static string Fuller(string current, string candidate) => candidate.Length > current.Length ? candidate : current;

    private static string UniqueSlug(string slug, Func<string, bool> taken)
    {
        var unique = slug;
        for (var n = 2; taken(unique); n++)
        {
            unique = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private Task<int> ExecAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        Command(sql, parameters).ExecuteNonQueryAsync(cancellationToken);

    private Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        Command(sql, parameters).ExecuteScalarAsync(cancellationToken);

    private DbCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            ArticleSearchIndex.SetParameter(command, name, value);
        }

        return command;
    }

    // Commands are kept per SQL text, so SQLite prepares each statement once per run.
    private DbCommand Command(string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection!.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }

        command.Transaction = transaction;
        return command;
    }

    private sealed record CachedName(int Id, string Name);

    /// <summary>What one article adds to the caches, applied once it is stored.</summary>
    private sealed class Pending
    {
        public Dictionary<(EntityKind, string), CachedName> Entities { get; } = [];
        public HashSet<(EntityKind, string)> EntitySlugs { get; } = [];
        public Dictionary<(TopicKind, string), int> Topics { get; } = [];
        public HashSet<string> TopicSlugs { get; } = new(StringComparer.Ordinal);
        public List<(int Id, int Mentions)> EntityCounts { get; } = [];
        public List<int> TopicCounts { get; } = [];
        public (int Id, ArticleSearchIndex.Row Row, bool Replace)? SearchRow { get; set; }

        public void ApplyTo(ArticleWriter writer)
        {
            if (SearchRow is { } searchRow)
            {
                writer.searchRows.Add(searchRow);
            }

            foreach (var (id, mentions) in EntityCounts)
            {
                var (m, a) = writer.entityCounts.GetValueOrDefault(id);
                writer.entityCounts[id] = (m + mentions, a + 1);
            }

            foreach (var id in TopicCounts)
            {
                writer.topicCounts[id] = writer.topicCounts.GetValueOrDefault(id) + 1;
            }

            foreach (var (key, value) in Entities)
            {
                writer.entities[key] = value;
            }

            foreach (var (kind, slug) in EntitySlugs)
            {
                (writer.entitySlugs.TryGetValue(kind, out var set) ? set : writer.entitySlugs[kind] = new HashSet<string>(StringComparer.Ordinal)).Add(slug);
            }

            foreach (var (key, id) in Topics)
            {
                writer.topics[key] = id;
            }

            writer.topicSlugs.UnionWith(TopicSlugs);
        }
    }
}

/// <summary>The batch transaction ended under the writer (SQLite rolled it back): the import cannot go on.</summary>
internal sealed class BatchLostException : Exception
{
    public BatchLostException()
    {
    }

    public BatchLostException(string message)
        : base(message)
    {
    }

    public BatchLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
