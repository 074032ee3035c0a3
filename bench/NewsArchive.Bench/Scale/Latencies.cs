using System.Diagnostics;

namespace NewsArchive.Bench.Scale;

/// <summary>Timings of repeated operations, in milliseconds, with nearest-rank percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> samples = [];

    public int Count => samples.Count;

    public double Total => samples.Sum();

    public void Add(TimeSpan elapsed) => samples.Add(elapsed.TotalMilliseconds);

    /// <summary>Runs <paramref name="operation"/> once and records how long it took.</summary>
    public async Task<T> TimeAsync<T>(Func<Task<T>> operation)
    {
        var clock = Stopwatch.StartNew();
        var result = await operation().ConfigureAwait(false);
        Add(clock.Elapsed);
        return result;
    }

    /// <summary>The nearest-rank percentile (<paramref name="p"/> in 0–100); NaN when nothing was timed.</summary>
    public double Percentile(double p)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
