using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsArchive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class SearchCoverIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_Id_Published_Language",
                table: "Articles",
                columns: new[] { "Id", "Published", "Language" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Id_Published_Language",
                table: "Articles");
        }
    }
}
