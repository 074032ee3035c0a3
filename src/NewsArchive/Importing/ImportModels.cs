namespace NewsArchive.Importing;

/// <summary>How an import runs.</summary>
public sealed record ImportOptions
{
    /// <summary>Parse and analyse everything, count what would change, write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Re-analyse and rewrite articles even when their content is unchanged (after the extractors improved).</summary>
    public bool Force { get; init; }

    /// <summary>
    /// Articles written per transaction (each article still commits or fails alone, by savepoint). Each batch rewrites
    /// the counts of every entity and topic it names and commits once: 1,000 rather than 250 cut the bytes an import
    /// of 100,000 articles writes by two fifths and its time by a sixth (docs/performance.md, fourth round). 4,000 wrote
    /// two fifths fewer bytes again but took 229 s instead of 165 s at 100,000 (sixth round): its search rows, written
    /// every 1,000 articles to bound memory, made every later savepoint of the batch flush FTS5.
    /// </summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Files parsed and analysed at once; the default is one per core.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Source paths under this folder are stored relative to it; null means the current directory.</summary>
    public string? BaseDirectory { get; init; }
}

/// <summary>Where an import stands, reported after every file so a CLI can draw a progress bar.</summary>
public sealed record ImportProgress(int FilesDone, int FilesTotal, int Articles, int New, int Updated, int Unchanged, int Failed, string? CurrentPath);

/// <summary>A file, zip entry or article the import rejected, and why.</summary>
public sealed record ImportFailureInfo(string Path, string Reason);

/// <summary>What an import did. <see cref="RunId"/> is the <c>ImportRuns</c> row, null for a dry run.</summary>
public sealed record ImportSummary(
    int? RunId,
    bool DryRun,
    int Files,
    int New,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportFailureInfo> Failures,
    TimeSpan Elapsed)
{
    /// <summary>Articles rejected (a file that could not be read counts once).</summary>
    public int Failed => Failures.Count;

    /// <summary>Articles read: new, updated and unchanged.</summary>
    public int Articles => New + Updated + Unchanged;
}
