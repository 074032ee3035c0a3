using System.Diagnostics;
using System.Globalization;

namespace NewsArchive.Bench.Scale;

/// <summary>
/// The process's peak resident set (VmHWM on Linux). The peak can be reset (<c>/proc/self/clear_refs</c>), so that each
/// import reports its own peak rather than the largest one so far.
/// </summary>
internal static class PeakMemory
{
    /// <summary>
    /// Starts a new peak at the current resident size, after a full compacting collection so that what the steps before
    /// left behind (the generator's garbage) is not counted; false when the system does not allow it.
    /// </summary>
    public static bool Reset()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The resident set in bytes now (VmRSS).</summary>
    public static long CurrentBytes() => Read("VmRSS:") ?? Environment.WorkingSet;

    /// <summary>The peak resident set in bytes since the start or the last <see cref="Reset"/>.</summary>
    public static long Bytes()
    {
        if (Read("VmHWM:") is { } peak)
        {
            return peak;
        }

        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    private static long? Read(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return null;
        }

        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kilobytes = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
