using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Storage;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarchive migrate --from sqlite:FILE --to postgres:CONNECTION [--json]</c>: copy an archive across engines.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from")
        {
            Description = "The archive to copy: sqlite:FILE or postgres:CONNECTION (a bare value is a SQLite file).",
            HelpName = "ENGINE:WHERE",
            Required = true,
        };
        var to = new Option<string>("--to")
        {
            Description = "The new, empty archive to copy into: postgres:CONNECTION or sqlite:FILE.",
            HelpName = "ENGINE:WHERE",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print the counts as one JSON object." };
        var command = new Command("migrate", "Copy a whole archive into an empty archive on another engine (ids, quotes, topics, import history), rebuild its search index there, and verify it by counting every table.")
        {
            from, to, json,
        };
        command.SetAction((result, ct) => RunAsync(Parse(result.GetValue(from)!), Parse(result.GetValue(to)!), result.GetValue(json), ct));
        return command;
    }

    private static ArchiveLocation Parse(string value)
    {
        try
        {
            // Resolved like --db: a SQLite path comes back absolute, with its folder created.
            return ArchiveDatabase.Resolve(null, value, null, null, Directory.GetCurrentDirectory());
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"'{value}' names no archive: {ex.Message}", ex);
        }
    }

    private static async Task<int> RunAsync(ArchiveLocation from, ArchiveLocation to, bool json, CancellationToken ct)
    {
        if (from.Provider == ArchiveProvider.Sqlite && !File.Exists(from.Target))
        {
            throw new UsageException($"No archive at {from.Target}.");
        }

        if (from == to)
        {
            throw new UsageException("--from and --to name the same archive.");
        }

        CopyReport report;
        try
        {
            var progress = json ? null : new Progress<string>(line => Console.Error.WriteLine("  copied " + line));
            report = await ArchiveCopier.CopyAsync(ArchiveDatabase.Options(from), ArchiveDatabase.Options(to), progress, ct);
        }
        catch (ArchiveCopyException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.SomeFailed;
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new Output(
                from.ToString(), to.ToString(), report.Verified, Math.Round(report.Elapsed.TotalSeconds, 2),
                report.Tables.ToDictionary(t => t.Table, t => new Counts(t.Source, t.Target)))));
        }
        else
        {
            Console.WriteLine($"Copied {from} to {to} in {report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
            Console.WriteLine("table            source    target");
            foreach (var table in report.Tables)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Table,-14} {table.Source,9} {table.Target,9}{(table.Equal ? "" : "   MISMATCH")}"));
            }

            Console.WriteLine(report.Verified ? "Verified: every count matches." : "NOT verified: some counts differ.");
        }

        return report.Verified ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private sealed record Counts([property: JsonPropertyName("source")] long Source, [property: JsonPropertyName("target")] long Target);

    private sealed record Output(
        [property: JsonPropertyName("from")] string From,
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("verified")] bool Verified,
        [property: JsonPropertyName("seconds")] double Seconds,
        [property: JsonPropertyName("tables")] Dictionary<string, Counts> Tables);
}
