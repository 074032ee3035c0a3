using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Extraction;
using NewsArchive.Importing;
using NewsArchive.Storage;

namespace NewsArchive.Bench.Scale;

/// <summary>What one import (or dry run) into a new archive did and cost, measured inside its own process.</summary>
/// <param name="New">Articles stored (counted, for a dry run).</param>
/// <param name="Files">Files read.</param>
/// <param name="Failed">Failures reported.</param>
/// <param name="Failures">The first few failures, path and reason.</param>
/// <param name="Seconds">The importer's own elapsed time.</param>
/// <param name="Workers">Parallel workers.</param>
/// <param name="CpuSeconds">User + system time of the process during the import.</param>
/// <param name="PeakBytes">The process's peak resident set since it started (VmHWM).</param>
/// <param name="StartBytes">Its resident set before the import began (runtime, analyser lexicons, open archive).</param>
internal sealed record ImportFigures(int New, int Files, int Failed, IReadOnlyList<string> Failures, double Seconds, int Workers, double CpuSeconds, long PeakBytes, long StartBytes);

/// <summary>
/// Runs each import of the scale benchmark in a fresh process of its own (this assembly, <c>import-once</c>), as
/// <c>newsarchive import</c> runs: its peak memory is the import's, not the benchmark's corpus and query data beside it,
/// and the dry run and the import each start with a cold JIT rather than the second inheriting the first's.
/// </summary>
internal static class ImportProcess
{
    public const string Command = "import-once";

    /// <summary>Starts the child on a new archive at <paramref name="archive"/> (deleted first) and reads its figures.</summary>
    public static async Task<ImportFigures> RunAsync(string archive, string corpusFolder, bool dryRun, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(ImportProcess).Assembly.Location, Command, "--archive", archive, "--folder", corpusFolder })
        {
            start.ArgumentList.Add(argument);
        }

        if (dryRun)
        {
            start.ArgumentList.Add("--dry-run");
        }

        // The CLI runs without dynamic PGO (NewsArchive.Cli.csproj); this process keeps the default for its queries.
        start.Environment["DOTNET_TieredPGO"] = "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var kill = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var json = await output.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the {Command} child exited with {process.ExitCode}: {await error.ConfigureAwait(false)}");
        }

        return JsonSerializer.Deserialize<ImportFigures>(json)
            ?? throw new InvalidOperationException($"the {Command} child printed no figures: {json}");
    }

    /// <summary>The child's side: imports into a new archive in this process and prints its figures as JSON.</summary>
    public static async Task<int> MainAsync(string[] args)
    {
        string? archive = null;
        string? folder = null;
        var dryRun = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--archive" when i + 1 < args.Length:
                    archive = args[++i];
                    break;
                case "--folder" when i + 1 < args.Length:
                    folder = args[++i];
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                default:
                    await Console.Error.WriteLineAsync("unknown argument: " + args[i]).ConfigureAwait(false);
                    return 2;
            }
        }

        if (archive is null || folder is null)
        {
            await Console.Error.WriteLineAsync($"usage: {Command} --archive FILE --folder DIR [--dry-run]").ConfigureAwait(false);
            return 2;
        }

        foreach (var file in new[] { archive, archive + "-wal", archive + "-shm" })
        {
            File.Delete(file);
        }

        var importOptions = new ImportOptions { DryRun = dryRun, BaseDirectory = folder };
        var dbOptions = ArchiveDatabase.Options(archive);
        await using (var db = new ArchiveDbContext(dbOptions))
        {
            await ArchiveDatabase.MigrateAsync(db, CancellationToken.None).ConfigureAwait(false);
        }

        var importer = new ArchiveImporter(dbOptions, NullLogger<ArchiveImporter>.Instance, ArticleAnalyzer.Default);
        var startBytes = PeakMemory.CurrentBytes();
        var cpuBefore = ScaleBenchmark.CpuTime();
        var summary = await importer.ImportAsync([folder], importOptions, null, CancellationToken.None).ConfigureAwait(false);
        var cpu = ScaleBenchmark.CpuTime() - cpuBefore;
        var figures = new ImportFigures(
            summary.New, summary.Files, summary.Failed, [.. summary.Failures.Take(5).Select(f => f.Path + ": " + f.Reason)],
            summary.Elapsed.TotalSeconds, importOptions.Workers, cpu.TotalSeconds, PeakMemory.Bytes(), startBytes);
        SqliteConnection.ClearAllPools();
        Console.WriteLine(JsonSerializer.Serialize(figures));
        return 0;
    }
}
