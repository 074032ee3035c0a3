using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsArchive.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NewestFirstIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerId_Published_Id",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_EntityId_Published_ArticleId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_ArticleTopics_TopicId_Published_ArticleId",
                table: "ArticleTopics");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerId_Published_Id",
                table: "Quotes",
                columns: new[] { "SpeakerId", "Published", "Id" },
                descending: new[] { false, true, false })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.Unspecified, NullSortOrder.NullsLast, NullSortOrder.Unspecified });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId_Published_ArticleId",
                table: "Mentions",
                columns: new[] { "EntityId", "Published", "ArticleId" },
                descending: new[] { false, true, true })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.Unspecified, NullSortOrder.NullsLast, NullSortOrder.Unspecified });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTopics_TopicId_Published_ArticleId",
                table: "ArticleTopics",
                columns: new[] { "TopicId", "Published", "ArticleId" },
                descending: new[] { false, true, true })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.Unspecified, NullSortOrder.NullsLast, NullSortOrder.Unspecified });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerId_Published_Id",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_EntityId_Published_ArticleId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_ArticleTopics_TopicId_Published_ArticleId",
                table: "ArticleTopics");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerId_Published_Id",
                table: "Quotes",
                columns: new[] { "SpeakerId", "Published", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId_Published_ArticleId",
                table: "Mentions",
                columns: new[] { "EntityId", "Published", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTopics_TopicId_Published_ArticleId",
                table: "ArticleTopics",
                columns: new[] { "TopicId", "Published", "ArticleId" });
        }
    }
}
