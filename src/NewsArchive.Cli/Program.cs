using System.CommandLine;
using NewsArchive.Cli;
using NewsArchive.Cli.Commands;

var root = new RootCommand("newsarchive: import, extract and search a news archive (SQLite, or PostgreSQL with --provider postgres).")
{
    ImportCommand.Create(),
    ExtractCommand.Create(),
    SearchCommand.Create(),
    StatsCommand.Create(),
    EvalCommand.Create(),
    MigrateCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        await Console.Error.WriteLineAsync(error.Message);
    }

    await Console.Error.WriteLineAsync("Try 'newsarchive --help'.");
    return ExitCodes.Usage;
}

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return ExitCodes.Usage;
}
catch (OperationCanceledException)
{
    return ExitCodes.Cancelled;
}
catch (Exception ex)
{
    // What System.CommandLine's default handler did: the whole exception for a bug report, exit code 1.
    await Console.Error.WriteLineAsync(ex.ToString());
    return ExitCodes.SomeFailed;
}
