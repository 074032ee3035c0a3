using Microsoft.Extensions.Logging;

namespace NewsArchive.Importing;

/// <summary>What became of one article.</summary>
internal enum Outcome
{
    New,
    Updated,
    Unchanged,
}

/// <summary>The open batch: how many articles it holds and which it wrote, to undo their counts if it is lost.</summary>
internal sealed class Batch
{
    public int Articles { get; set; }
    /// <summary>Where each article the batch wrote came from (not the article: the batch would hold a thousand bodies until its commit).</summary>
    public List<(string Source, int Item, Outcome Outcome)> Written { get; } = [];
}

/// <summary>The run's counts; only the writer's thread touches it.</summary>
internal sealed class RunState(int filesTotal)
{
    private readonly List<ImportFailureInfo> failures = [];
    private (int New, int Updated, int Unchanged) atFileStart;

    public int? RunId { get; set; }
    /// <summary>Failures from this index on are not in <c>ImportFailures</c> yet.</summary>
    public int UnsavedMark { get; set; }
    public int FilesTotal { get; } = filesTotal;
    public int FilesDone { get; set; }
    public int New { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public List<ImportFailureInfo> Failures => failures;

    public void Count(Outcome outcome)
    {
        switch (outcome)
        {
            case Outcome.New: New++; break;
            case Outcome.Updated: Updated++; break;
            default: Unchanged++; break;
        }
    }

    public void Uncount(Outcome outcome)
    {
        switch (outcome)
        {
            case Outcome.New: New--; break;
            case Outcome.Updated: Updated--; break;
            default: Unchanged--; break;
        }
    }

    public void Fail(ImportFailureInfo failure, ILogger logger)
    {
        failures.Add(failure);
        ImportLog.Rejected(logger, failure.Path, failure.Reason);
    }

    public List<ImportFailureInfo> TakeUnsavedFailures()
    {
        var unsaved = failures[UnsavedMark..];
        UnsavedMark = failures.Count;
        return unsaved;
    }

    public (int New, int Updated, int Unchanged) TakeFileCounts()
    {
        var counts = (New - atFileStart.New, Updated - atFileStart.Updated, Unchanged - atFileStart.Unchanged);
        atFileStart = (New, Updated, Unchanged);
        return counts;
    }
}
