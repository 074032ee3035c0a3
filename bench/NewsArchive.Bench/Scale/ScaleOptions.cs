namespace NewsArchive.Bench.Scale;

/// <summary>How the scale benchmark runs.</summary>
internal sealed record ScaleOptions
{
    /// <summary>Corpus sizes, each benchmarked in turn.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [10_000, 100_000];

    /// <summary>Where corpora, archives and the report go.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>The repository (seeds, eval data, the site's build output).</summary>
    public required string RepoRoot { get; init; }

    /// <summary>Searches in the mix.</summary>
    public int Queries { get; init; } = 200;

    /// <summary>Requests per page (home, person, topic, search results).</summary>
    public int PageRequests { get; init; } = 20;

    /// <summary>Files of the single-core sample that splits parse from extract time.</summary>
    public int SampleFiles { get; init; } = 1_000;

    /// <summary>Whether to run an import dry run (parse + extract, no writes) to isolate the storage stage.</summary>
    public bool DryRun { get; init; } = true;

    /// <summary>No HTTP phase may run longer than this; what was done by then is reported.</summary>
    public TimeSpan PhaseBudget { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Where progress lines go.</summary>
    public TextWriter Log { get; init; } = Console.Error;
}
