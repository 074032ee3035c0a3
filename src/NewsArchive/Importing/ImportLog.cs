using Microsoft.Extensions.Logging;

namespace NewsArchive.Importing;

/// <summary>The importer's log lines: one per file at Debug, one per rejected item at Warning, a summary at Information.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Imported {Path}: {New} new, {Updated} updated, {Unchanged} unchanged")]
    public static partial void FileImported(ILogger logger, string path, int @new, int updated, int unchanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {Path}: {Reason}")]
    public static partial void Rejected(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Import {Mode} finished in {Elapsed}: {Files} files, {New} new, {Updated} updated, {Unchanged} unchanged, {Failed} failed")]
    public static partial void Finished(ILogger logger, string mode, TimeSpan elapsed, int files, int @new, int updated, int unchanged, int failed);
}
