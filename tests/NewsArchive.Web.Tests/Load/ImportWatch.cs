using NewsArchive.Importing;

namespace NewsArchive.Web.Tests.Load;

/// <summary>
/// The latest progress of a background import, kept as it is reported: <see cref="Progress{T}"/> would post to the test's
/// synchronisation context and lag behind, and the load test must know at once whether the import is still going.
/// </summary>
public sealed class ImportWatch : IProgress<ImportProgress>
{
    private ImportProgress? latest;

    public ImportProgress? Latest => Volatile.Read(ref latest);

    public void Report(ImportProgress value) => Volatile.Write(ref latest, value);
}
