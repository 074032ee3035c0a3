using Microsoft.EntityFrameworkCore.Design;
using NewsArchive.Storage;

namespace NewsArchive.Postgres;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model:
/// <c>dotnet ef migrations add Name --project src/NewsArchive.Postgres --startup-project src/NewsArchive.Postgres</c>.
/// Adding a migration never connects, so the connection string only has to be well formed.
/// </summary>
internal sealed class ArchiveDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args) =>
        new(ArchiveDatabase.Options(new ArchiveLocation(ArchiveProvider.Postgres, args.FirstOrDefault() ?? "Host=localhost;Database=newsarchive")));
}
