using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace NewsArchive.Web.Tests.Load;

/// <summary>One request of the load test: what was asked, what came back (null status: no response) and how long it took.</summary>
public sealed record RequestRecord(string Kind, string Url, HttpStatusCode? Status, TimeSpan Latency, string? Error)
{
    public bool Failed => Status != HttpStatusCode.OK || Error is not null;

    public override string ToString() =>
        $"{Url} -> {(Status is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : "no response")}" +
        $" after {Latency.TotalMilliseconds:0} ms{(Error is null ? "" : ": " + Error)}";
}

/// <summary>Every request of a load run, from all clients at once, and the latency figures over them.</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<RequestRecord> records = new();

    public int Count => records.Count;

    public IReadOnlyList<RequestRecord> Records => [.. records];

    public void Add(RequestRecord record) => records.Enqueue(record);

    /// <summary>The nearest-rank percentile (0 &lt; <paramref name="percent"/> ≤ 100) of the latencies of <paramref name="of"/>.</summary>
    public static TimeSpan Percentile(IReadOnlyList<RequestRecord> of, double percent)
    {
        ArgumentNullException.ThrowIfNull(of);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (of.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = of.Select(r => r.Latency).Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Max(rank, 1) - 1];
    }

    /// <summary>One line per kind of request and one for all: count, p50, p95, p99 and the slowest, in milliseconds.</summary>
    public string Summary(TimeSpan window)
    {
        var all = Records;
        var lines = new List<string>
        {
            $"{"kind",-10} {"requests",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}",
        };
        foreach (var group in all.GroupBy(r => r.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            lines.Add(Line(group.Key, [.. group]));
        }

        lines.Add(Line("all", all));
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"{all.Count} requests in {window.TotalSeconds:0.0} s ({all.Count / window.TotalSeconds:0.0} requests/s), {all.Count(r => r.Failed)} failed"));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Line(string kind, IReadOnlyList<RequestRecord> records) => string.Create(CultureInfo.InvariantCulture,
        $"{kind,-10} {records.Count,9} {Ms(Percentile(records, 50)),8:0.0} {Ms(Percentile(records, 95)),8:0.0} {Ms(Percentile(records, 99)),8:0.0} {Ms(Percentile(records, 100)),8:0.0}");

    private static double Ms(TimeSpan latency) => latency.TotalMilliseconds;
}
