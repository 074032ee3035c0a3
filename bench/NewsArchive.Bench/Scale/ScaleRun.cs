using System.Globalization;
using System.Text;

namespace NewsArchive.Bench.Scale;

/// <summary>Runs the scale benchmark and renders its report: one table per size, then the growth between sizes.</summary>
internal static class ScaleRun
{
    /// <summary>The report as Markdown, also written to <c>report.md</c> in the output folder.</summary>
    public static async Task<string> RunAsync(ScaleOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var reports = await new ScaleBenchmark(options).RunAsync(cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## Scale benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores\n\n");
        foreach (var report in reports)
        {
            text.Append(report.Render()).Append('\n');
        }

        var sizes = reports.OrderBy(r => r.Articles).ToList();
        for (var i = 1; i < sizes.Count; i++)
        {
            text.Append(ScaleReport.RenderGrowth(sizes[i - 1], sizes[i]));
        }

        var rendered = text.ToString();
        await File.WriteAllTextAsync(Path.Combine(options.OutputFolder, "report.md"), rendered, cancellationToken).ConfigureAwait(false);
        return rendered;
    }
}
