namespace NewsArchive.Bench;

/// <summary>Finds the repository (seeds, eval data, the site's build) from the current folder or the program's own.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("NewsArchive.sln not found above " + Directory.GetCurrentDirectory());
    }
}
