using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsArchive.Storage;

/// <summary>
/// Writes an article's row of the full-text table (<c>ArticleSearch</c>, keyed by <see cref="Article.Id"/>). Call it
/// in the transaction that writes the article; deleting an article deletes its row (trigger or foreign key).
/// </summary>
public static class ArticleSearchIndex
{
    /// <summary>Replaces the search row of <paramref name="article"/> (which must be saved: it needs its id).</summary>
    public static async Task WriteAsync(ArchiveDbContext db, Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        var engine = ArchiveEngine.Of(db.Database);
        var row = Row.Of(engine, article.Title, article.Body, article.Language);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var sql in new[] { engine.DeleteSearchRowSql, engine.InsertSearchRowSql })
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = transaction;
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

    /// <summary>
    /// Sets a named parameter, reusing it when the (prepared, reused) command already has it; null is NULL. Only names
    /// the statement uses are set: PostgreSQL refuses parameters a statement does not name.
    /// </summary>
    internal static void SetParameter(DbCommand command, string name, object? value)
    {
        value ??= DBNull.Value;
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value;
        }
        else
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>
    /// The text of one search row: the title and body as written, their stems when the engine wants them from here
    /// (<see cref="ArchiveEngine.StemsInCode"/>), and the language's text search configuration otherwise.
    /// </summary>
    internal sealed record Row(string Title, string Body, string TitleStems, string BodyStems, string Configuration)
    {
        public static Row Of(ArchiveEngine engine, string title, string body, string language) =>
            engine.StemsInCode
                ? new(title, body, SearchText.Stems(title, language), SearchText.Stems(body, language), "")
                : new(title, body, "", "", PostgresEngine.StemsConfiguration(language));

        /// <summary>Sets the parameters a statement names (<c>@id</c>, <c>@title</c>, ...), reusing them when present.</summary>
        public void Bind(DbCommand command, long id)
        {
            var sql = command.CommandText;
            foreach (var (name, value) in new (string, object)[]
                     {
                         ("@id", id), ("@titleStems", TitleStems), ("@bodyStems", BodyStems), ("@title", Title), ("@body", Body),
                         ("@config", Configuration),
                     })
            {
                if (Names(sql, name))
                {
                    SetParameter(command, name, value);
                }
            }
        }

        /// <summary>Whether <paramref name="sql"/> names the parameter (not merely a longer one starting with it).</summary>
        private static bool Names(string sql, string name)
        {
            for (var i = sql.IndexOf(name, StringComparison.Ordinal); i >= 0; i = sql.IndexOf(name, i + 1, StringComparison.Ordinal))
            {
                var end = i + name.Length;
                if (end == sql.Length || !(char.IsLetterOrDigit(sql[end]) || sql[end] == '_'))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
