namespace NewsArchive.Storage;

/// <summary>One run of the importer: when, what it counted, and every file it rejected.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Input files (zip archives count once) the run read.</summary>
    public int Files { get; set; }
    public int New { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }

    public List<ImportFailure> Failures { get; set; } = [];
}

/// <summary>A file (or zip entry) an import run could not take, and why.</summary>
public sealed class ImportFailure
{
    public int Id { get; set; }
    public int ImportRunId { get; set; }
    public ImportRun ImportRun { get; set; } = null!;
    public required string Path { get; set; }
    public required string Reason { get; set; }
}
