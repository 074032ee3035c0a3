using System.CommandLine;
using NewsArchive.Cli;
using NewsArchive.Cli.Commands;

var root = new RootCommand("newsarchive: import, extract and search a news archive (SQLite).")
{
    ImportCommand.Create(),
    ExtractCommand.Create(),
    SearchCommand.Create(),
    StatsCommand.Create(),
    EvalCommand.Create(),
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

return await parsed.InvokeAsync();
