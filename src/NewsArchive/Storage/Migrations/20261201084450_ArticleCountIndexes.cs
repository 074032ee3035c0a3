using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsArchive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ArticleCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Topics_ArticleCount",
                table: "Topics",
                column: "ArticleCount");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Kind_ArticleCount",
                table: "Entities",
                columns: new[] { "Kind", "ArticleCount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Topics_ArticleCount",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_Entities_Kind_ArticleCount",
                table: "Entities");
        }
    }
}
