using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NewsArchive.Bench.Scale;

/// <summary>
/// The real site (NewsArchive.Web, Kestrel) as a child process on a free loopback port, over the benchmark archive.
/// It runs from its own build output, so its static assets and configuration are the ones it ships with.
/// </summary>
internal sealed class SiteProcess : IAsyncDisposable
{
    private static readonly string[] Configurations = ["Release", "Debug"];

    private readonly Process process;

    private SiteProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Processor time the site has used so far (all its threads).</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>
    /// The site's build under <paramref name="repoRoot"/> in the benchmark's own configuration (a Release benchmark
    /// times a Release site), else the other one, or null.
    /// </summary>
    public static string? FindAssembly(string repoRoot)
    {
        var own = typeof(SiteProcess).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration;
        return Configurations
            .OrderBy(c => string.Equals(c, own, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Select(c => Path.Combine(repoRoot, "src", "NewsArchive.Web", "bin", c, "net10.0", "NewsArchive.Web.dll"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Starts the site and waits (at most <paramref name="timeout"/>) until <c>/healthz</c> answers.</summary>
    public static async Task<SiteProcess> StartAsync(string assembly, string databasePath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["NEWSARCHIVE_DB"] = databasePath;
        // One log line per request would time the console, not the site.
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Warning";
        // The benchmark is one loopback client sending far more than a person would: keep the rate limit out of the timings.
        start.Environment["RateLimiting__PermitLimit"] = "1000000";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new SiteProcess(process, address);

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return site;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Still migrating or warming up.
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        await site.DisposeAsync().ConfigureAwait(false);
        string log;
        lock (output)
        {
            log = output.ToString();
        }

        throw new InvalidOperationException($"the site did not answer /healthz within {timeout.TotalSeconds:0} s:\n{log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }

        process.Dispose();
    }

    private static void Append(System.Text.StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            // The last lines are what explains a failed start; keep the buffer bounded.
            if (output.Length > 64 * 1024)
            {
                output.Remove(0, output.Length / 2);
            }

            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
