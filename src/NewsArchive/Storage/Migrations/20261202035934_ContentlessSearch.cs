using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsArchive.Storage.Migrations
{
    /// <summary>
    /// The full-text table keeps no copy of the text (FTS5 <c>content=''</c>, with <c>contentless_delete=1</c> so that
    /// rows can still be deleted and replaced by rowid): the title and body are in <c>Articles</c> already, and the copy
    /// was a third of the file. Highlights and snippets are cut in C# from <c>Articles</c> (<see cref="Highlighting"/>).
    /// The index is copied from the old table, which still holds the stems (SQL cannot compute them): it takes about as
    /// long as an import's full-text inserts, once.
    /// </summary>
    public partial class ContentlessSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The trigger goes first: renaming a table re-parses the schema's triggers, and this one names the table.
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_DeleteSearch";""");
            migrationBuilder.Sql(
                """
                CREATE VIRTUAL TABLE "ArticleSearchNew" USING fts5(
                    "Title", "Body", "TitleStems", "BodyStems",
                    content = '', contentless_delete = 1,
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql(
                """
                INSERT INTO "ArticleSearchNew" (rowid, "Title", "Body", "TitleStems", "BodyStems")
                SELECT rowid, "Title", "Body", "TitleStems", "BodyStems" FROM "ArticleSearch" ORDER BY rowid;
                """);
            migrationBuilder.Sql("""DROP TABLE "ArticleSearch";""");
            migrationBuilder.Sql("""ALTER TABLE "ArticleSearchNew" RENAME TO "ArticleSearch";""");
            migrationBuilder.Sql(
                """
                CREATE TRIGGER "Articles_DeleteSearch" AFTER DELETE ON "Articles"
                BEGIN
                    DELETE FROM "ArticleSearch" WHERE rowid = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            // The old table held the stems, which only the importer computes (in C#): SQL cannot rebuild it.
            throw new NotSupportedException(
                "The full-text table cannot be given its text back in SQL: re-import the articles into an archive of the earlier version instead.");
    }
}
