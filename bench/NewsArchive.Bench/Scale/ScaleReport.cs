using System.Globalization;
using System.Text;

namespace NewsArchive.Bench.Scale;

/// <summary>A measured figure, and the target it is held against when there is one.</summary>
/// <param name="Section">import, search (library), search (HTTP), pages.</param>
/// <param name="Metric">What was measured, with its unit.</param>
/// <param name="Value">The figure; NaN when it could not be measured.</param>
/// <param name="Detail">How it was obtained or what it compares (free text).</param>
/// <param name="Target">The target as text (<c>≥ 1000</c>), or null.</param>
/// <param name="Met">Whether the target is met; null without a target or a figure.</param>
internal sealed record ReportRow(string Section, string Metric, double Value, string Detail = "", string? Target = null, bool? Met = null);

/// <summary>The figures of one corpus size, printed as one Markdown table.</summary>
internal sealed class ScaleReport(int articles)
{
    private readonly List<ReportRow> rows = [];

    public int Articles { get; } = articles;

    public IReadOnlyList<ReportRow> Rows => rows;

    /// <summary>Notes printed under the table: failures, fallbacks, query plans with full scans.</summary>
    public List<string> Notes { get; } = [];

    public void Add(string section, string metric, double value, string detail = "") => rows.Add(new ReportRow(section, metric, value, detail));

    /// <summary>Adds a figure with an upper (<paramref name="atMost"/>) or lower bound.</summary>
    public void AddTarget(string section, string metric, double value, double bound, bool atMost, string detail = "")
    {
        var target = (atMost ? "≤ " : "≥ ") + Format(bound);
        bool? met = double.IsNaN(value) ? null : atMost ? value <= bound : value >= bound;
        rows.Add(new ReportRow(section, metric, value, detail, target, met));
    }

    public double Value(string metric) => rows.FirstOrDefault(r => r.Metric == metric)?.Value ?? double.NaN;

    public string Render()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### N = {Articles:N0} articles\n\n");
        text.Append("| section | metric | value | target | | detail |\n|---|---|---:|---|---|---|\n");
        foreach (var row in rows)
        {
            var verdict = row.Met switch { true => "met", false => "**missed**", null => "" };
            text.Append(CultureInfo.InvariantCulture, $"| {row.Section} | {row.Metric} | {Format(row.Value)} | {row.Target} | {verdict} | {row.Detail} |\n");
        }

        foreach (var note in Notes)
        {
            text.Append("\n- ").Append(note);
        }

        return text.Append('\n').ToString();
    }

    /// <summary>How the larger run compares with the smaller: the ratio of each figure, beside the ratio of sizes.</summary>
    public static string RenderGrowth(ScaleReport small, ScaleReport large)
    {
        ArgumentNullException.ThrowIfNull(small);
        ArgumentNullException.ThrowIfNull(large);
        var size = (double)large.Articles / small.Articles;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### Growth: {small.Articles:N0} → {large.Articles:N0} articles (× {Format(size)})\n\n");
        text.Append("| metric | small | large | ratio | expected |\n|---|---:|---:|---:|---|\n");
        foreach (var (metric, expected) in GrowthMetrics)
        {
            var a = small.Value(metric);
            var b = large.Value(metric);
            text.Append(CultureInfo.InvariantCulture, $"| {metric} | {Format(a)} | {Format(b)} | {Format(b / a)} | {expected} |\n");
        }

        return text.Append('\n').ToString();
    }

    private static readonly (string Metric, string Expected)[] GrowthMetrics =
    [
        (ScaleBenchmark.ImportSeconds, "linear: ≈ size ratio"),
        (ScaleBenchmark.ArticlesPerSecond, "constant: ≈ 1"),
        ("import CPU time (s)", "linear: ≈ size ratio"),
        (ScaleBenchmark.DatabaseMegabytes, "linear: ≈ size ratio"),
        (ScaleBenchmark.PeakRss, "sub-linear"),
        (ScaleBenchmark.LibraryP50, "sub-linear: ≪ size ratio"),
        (ScaleBenchmark.LibraryP95, "sub-linear: ≪ size ratio"),
        ("library CPU p95 (ms)", "sub-linear: ≪ size ratio"),
        (ScaleBenchmark.RawP95, "sub-linear: ≪ size ratio"),
        (ScaleBenchmark.HttpP95, "sub-linear: ≪ size ratio"),
        (ScaleBenchmark.PersonPageP95, "sub-linear: ≪ size ratio"),
    ];

    private static string Format(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "n/a"
        : Math.Abs(value) >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 10 ? value.ToString("0.0", CultureInfo.InvariantCulture)
        : value.ToString("0.00", CultureInfo.InvariantCulture);
}
