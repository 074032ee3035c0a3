using Microsoft.EntityFrameworkCore.Design;

namespace NewsArchive.Storage;

/// <summary>Lets <c>dotnet ef</c> build the context: <c>dotnet ef migrations add Name --project src/NewsArchive</c>.</summary>
internal sealed class ArchiveDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args)
    {
        // No folder is created here: adding a migration never opens the database.
        var path = args.FirstOrDefault()
            ?? Environment.GetEnvironmentVariable(ArchiveDatabase.EnvironmentVariable)
            ?? ArchiveDatabase.DefaultPath;
        return new ArchiveDbContext(ArchiveDatabase.Options(path));
    }
}
