using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsArchive.Extraction;
using NewsArchive.Importing;
using NewsArchive.Storage;
using Spectre.Console;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarchive import PATH... [--db FILE] [--dry-run] [--workers N]</c>.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files, folders (searched recursively) or zip archives." };
        var db = Archive.DatabaseOption();
        var provider = Archive.ProviderOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Parse and analyse everything and say what would change; write nothing." };
        var force = new Option<bool>("--force") { Description = "Re-analyse and rewrite unchanged articles too (after the extractors improved)." };
        var verbose = new Option<bool>("--verbose") { Description = "Log every file." };
        var workers = new Option<int?>("--workers") { Description = "Files parsed and analysed at once (1–16; default: one per core). The one writer comes on top." };
        workers.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 or > 16)
            {
                result.AddError("--workers must be between 1 and 16.");
            }
        });
        var command = new Command("import", "Import articles into the archive. Re-importing an unchanged file changes nothing; a changed file updates its article.")
        {
            paths, db, provider, dryRun, force, verbose, workers,
        };
        command.SetAction((result, ct) => RunAsync(
            result.GetValue(paths) ?? [], Archive.Location(result.GetValue(db), result.GetValue(provider)), new ImportOptions
            {
                DryRun = result.GetValue(dryRun),
                Force = result.GetValue(force),
                Workers = result.GetValue(workers) ?? Environment.ProcessorCount,
            }, result.GetValue(verbose), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, ArchiveLocation archive, ImportOptions options, bool verbose, CancellationToken ct)
    {
        using var logs = Logging.Create(verbose);
        var store = await Archive.OpenAsync(archive, ct);
        var importer = new ArchiveImporter(store, logs.CreateLogger<ArchiveImporter>(), ArticleAnalyzer.Default);
        var summary = Console.IsErrorRedirected || Console.IsOutputRedirected
            ? await importer.ImportAsync(paths, options, new PlainProgress(), ct)
            : await WithProgressBarAsync(importer, paths, options, ct);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(summary.DryRun ? "Dry run: would import" : "Imported")} {summary.Files} files in {summary.Elapsed.TotalSeconds:0.0} s: {summary.New} new, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Failed} failed."));
        foreach (var failure in summary.Failures)
        {
            Console.WriteLine($"  failed: {failure.Path}: {failure.Reason}");
        }

        return summary.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static async Task<ImportSummary> WithProgressBarAsync(ArchiveImporter importer, string[] paths, ImportOptions options, CancellationToken ct)
    {
        ImportSummary? summary = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("files", maxValue: 1);
                var started = DateTime.UtcNow;
                var progress = new Progress<ImportProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.FilesTotal);
                    task.Value = p.FilesDone;
                    var seconds = Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.FilesDone}/{p.FilesTotal} files, {p.Articles / seconds:0} articles/s, {p.Failed} failed");
                });
                summary = await importer.ImportAsync(paths, options, progress, ct);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    /// <summary>Progress as a line every 100 files and at the end, for logs and pipes.</summary>
    private sealed class PlainProgress : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.FilesDone % 100 == 0 || value.FilesDone == value.FilesTotal)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"progress: {value.FilesDone}/{value.FilesTotal} files, {value.Articles} articles, {value.Failed} failed"));
            }
        }
    }
}
