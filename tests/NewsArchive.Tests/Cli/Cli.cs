using System.Diagnostics;

namespace NewsArchive.Tests.Cli;

/// <summary>Runs the real <c>newsarchive</c> program (built beside the tests) as a child process.</summary>
internal static class Cli
{
    private static readonly string Dll = FindDll();

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Leave no orphan import behind a failed test.
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts the program with its output redirected (read it, or it may block on a full pipe).</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NEWSARCHIVE_DB");
        return Process.Start(start)!;
    }

    private static string FindDll()
    {
        // The tests run from tests/NewsArchive.Tests/bin/<Configuration>/net10.0: the CLI is built with the same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = RepoRoot.File("src", "NewsArchive.Cli", "bin", configuration, "net10.0", "newsarchive.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the CLI first (the test project builds it).", dll);
    }
}
