using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsArchive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ArticleDateCoverIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Published",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Published_Id_Language",
                table: "Articles",
                columns: new[] { "Published", "Id", "Language" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Published_Id_Language",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Published",
                table: "Articles",
                column: "Published");
        }
    }
}
