using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsArchive.Storage;

/// <summary>
/// Writes an article's row of the full-text table (<c>ArticleSearch</c>, rowid = <see cref="Article.Id"/>). Call it in
/// the transaction that writes the article; deleting an article deletes its row by trigger.
/// </summary>
public static class ArticleSearchIndex
{
    internal const string DeleteSql = """DELETE FROM "ArticleSearch" WHERE rowid = @id""";

    internal const string InsertSql = """
        INSERT INTO "ArticleSearch" (rowid, "Title", "Body", "TitleStems", "BodyStems")
        VALUES (@id, @title, @body, @titleStems, @bodyStems)
        """;

    /// <summary>Replaces the search row of <paramref name="article"/> (which must be saved: it needs its id).</summary>
    public static async Task WriteAsync(ArchiveDbContext db, Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        var row = Row.Of(article.Title, article.Body, article.Language);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var sql in new[] { DeleteSql, InsertSql })
            {
                await using var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
                command.Transaction = (SqliteTransaction?)transaction;
                command.CommandText = sql;
                row.Bind(command, article.Id);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The text of one search row: the title and body as written, and their stems.</summary>
    internal sealed record Row(string Title, string Body, string TitleStems, string BodyStems)
    {
        public static Row Of(string title, string body, string language) =>
            new(title, body, SearchText.Stems(title, language), SearchText.Stems(body, language));

        /// <summary>Sets the parameters a statement names (<c>@id</c>, <c>@title</c>, ...), reusing them when present.</summary>
        public void Bind(SqliteCommand command, long id)
        {
            Set(command, "@id", id);
            if (command.CommandText.Contains("@title", StringComparison.Ordinal))
            {
                Set(command, "@title", Title);
                Set(command, "@body", Body);
                Set(command, "@titleStems", TitleStems);
                Set(command, "@bodyStems", BodyStems);
            }
        }

        private static void Set(SqliteCommand command, string name, object value)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value);
            }
        }
    }
}
