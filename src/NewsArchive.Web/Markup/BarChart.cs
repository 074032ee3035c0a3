namespace NewsArchive.Web.Markup;

/// <summary>One bar of a server-rendered SVG chart, in the chart's own coordinates.</summary>
public sealed record Bar(string Label, int Value, double X, double Y, double Width, double Height);

/// <summary>A bar chart's geometry: the view renders it as SVG rectangles, with no script and no inline style.</summary>
public sealed record BarChart(IReadOnlyList<Bar> Bars, int Max, double Width, double Height)
{
    public const double PlotHeight = 120;
    public const double BarStep = 14;

    /// <summary>Bars for consecutive months from the first to the last one present, so gaps show as empty months.</summary>
    public static BarChart OfMonths(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
        {
            return new BarChart([], 0, 0, PlotHeight);
        }

        var months = new List<string>();
        var first = counts.Keys.Min(StringComparer.Ordinal)!;
        var last = counts.Keys.Max(StringComparer.Ordinal)!;
        var (year, month) = (int.Parse(first[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(first[5..7], System.Globalization.CultureInfo.InvariantCulture));
        for (var label = first; string.CompareOrdinal(label, last) <= 0 && months.Count < 600; label = $"{year:D4}-{month:D2}")
        {
            months.Add(label);
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1);
        }

        var max = Math.Max(1, counts.Values.Max());
        var bars = months.Select((m, i) =>
        {
            var value = counts.GetValueOrDefault(m);
            var height = PlotHeight * value / max;
            return new Bar(m, value, i * BarStep, PlotHeight - height, BarStep - 3, height);
        }).ToList();
        return new BarChart(bars, max, months.Count * BarStep, PlotHeight);
    }
}
