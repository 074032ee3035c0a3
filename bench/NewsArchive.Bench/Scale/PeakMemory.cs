using System.Diagnostics;
using System.Globalization;

namespace NewsArchive.Bench.Scale;

/// <summary>
/// The process's resident set, now and at its peak since the process started (VmRSS, VmHWM on Linux). Each import of
/// the scale benchmark runs in a process of its own (<see cref="ImportProcess"/>), so the peak is that import's.
/// </summary>
internal static class PeakMemory
{
    /// <summary>The resident set in bytes now (VmRSS).</summary>
    public static long CurrentBytes() => Read("VmRSS:") ?? Environment.WorkingSet;

    /// <summary>The peak resident set in bytes since the process started.</summary>
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
