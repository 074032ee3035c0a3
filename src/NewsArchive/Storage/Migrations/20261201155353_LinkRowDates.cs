using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsArchive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class LinkRowDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerId",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_EntityId_ArticleId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_ArticleTopics_TopicId_ArticleId",
                table: "ArticleTopics");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Published",
                table: "Quotes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Published",
                table: "Mentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Published",
                table: "ArticleTopics",
                type: "TEXT",
                nullable: true);

            // Rows stored before this migration take their article's date, as the importer now writes it.
            foreach (var table in new[] { "Mentions", "Quotes", "ArticleTopics" })
            {
                migrationBuilder.Sql($"""UPDATE "{table}" SET "Published" = (SELECT a."Published" FROM "Articles" AS a WHERE a."Id" = "{table}"."ArticleId")""");
            }

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

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Mentions");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "ArticleTopics");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerId",
                table: "Quotes",
                column: "SpeakerId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId_ArticleId",
                table: "Mentions",
                columns: new[] { "EntityId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTopics_TopicId_ArticleId",
                table: "ArticleTopics",
                columns: new[] { "TopicId", "ArticleId" });
        }
    }
}
