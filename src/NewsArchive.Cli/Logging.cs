using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace NewsArchive.Cli;

/// <summary>Structured logs on standard error, so standard output stays clean for JSON.</summary>
internal static class Logging
{
    public static ILoggerFactory Create(bool verbose) =>
        LoggerFactory.Create(builder => builder.AddSerilog(
            new LoggerConfiguration()
                .MinimumLevel.Is(verbose ? LogEventLevel.Debug : LogEventLevel.Information)
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                .CreateLogger(),
            dispose: true));
}
