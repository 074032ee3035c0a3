using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NewsArchive.Bench;
using NewsArchive.Bench.Corpus;
using NewsArchive.Bench.Micro;
using NewsArchive.Bench.Scale;

// dotnet run -c Release --project bench/NewsArchive.Bench -- scale --n 10000 --n 100000 [--out DIR]
// dotnet run -c Release --project bench/NewsArchive.Bench -- micro [BenchmarkDotNet arguments]
// dotnet run -c Release --project bench/NewsArchive.Bench -- generate --n 100000 --out DIR
var command = args.FirstOrDefault();
if (command == "generate")
{
    return await Generate(args[1..]);
}

if (command == "scale")
{
    return await Scale(args[1..]);
}

if (command == "micro")
{
    return Micro(args[1..]);
}

// The scale benchmark's own child: one import in a fresh process (see ImportProcess).
if (command == ImportProcess.Command)
{
    return await ImportProcess.MainAsync(args[1..]);
}

await Console.Error.WriteLineAsync("usage: scale --n N [--n N ...] [--out DIR] [--queries 200] [--page-requests 20] [--no-dry-run] | micro [BenchmarkDotNet arguments] | generate --n N --out DIR");
return 2;

// The scale benchmark's corpus alone, so the CLI's import can be run (and measured) over it as a user would.
static async Task<int> Generate(string[] args)
{
    int? size = null;
    string? output = null;
    for (var i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--n" when i + 1 < args.Length:
                size = int.Parse(args[++i], CultureInfo.InvariantCulture);
                break;
            case "--out" when i + 1 < args.Length:
                output = args[++i];
                break;
            default:
                await Console.Error.WriteLineAsync("unknown argument: " + args[i]);
                return 2;
        }
    }

    if (size is null || output is null)
    {
        await Console.Error.WriteLineAsync("usage: generate --n N --out DIR (DIR is emptied first)");
        return 2;
    }

    var corpus = new CorpusGenerator(SeedMaterial.Load(RepoRoot.Find())).Write(Path.GetFullPath(output), size.Value);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus.Articles:N0} articles in {corpus.Files:N0} files, {corpus.Bytes / 1e6:0.0} MB, under {corpus.Folder}"));
    return 0;
}

static async Task<int> Scale(string[] args)
{
    var sizes = new List<int>();
    string? output = null;
    var queries = 200;
    var pageRequests = 20;
    var dryRun = true;
    for (var i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--n" when i + 1 < args.Length:
                sizes.Add(int.Parse(args[++i], CultureInfo.InvariantCulture));
                break;
            case "--out" when i + 1 < args.Length:
                output = args[++i];
                break;
            case "--queries" when i + 1 < args.Length:
                queries = int.Parse(args[++i], CultureInfo.InvariantCulture);
                break;
            case "--page-requests" when i + 1 < args.Length:
                pageRequests = int.Parse(args[++i], CultureInfo.InvariantCulture);
                break;
            case "--no-dry-run":
                dryRun = false;
                break;
            default:
                await Console.Error.WriteLineAsync("unknown argument: " + args[i]);
                return 2;
        }
    }

    var options = new ScaleOptions
    {
        Sizes = sizes.Count == 0 ? [10_000, 100_000] : sizes,
        OutputFolder = Path.GetFullPath(output ?? Path.Combine(Path.GetTempPath(), "newsarchive-bench")),
        RepoRoot = RepoRoot.Find(),
        Queries = queries,
        PageRequests = pageRequests,
        DryRun = dryRun,
    };
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    var text = await ScaleRun.RunAsync(options, cancel.Token);
    Console.WriteLine(text);
    return 0;
}

static int Micro(string[] args)
{
    // In-process: no generated project to restore and build, which this offline, shared machine makes slow and fragile.
    var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    var summaries = BenchmarkSwitcher.FromTypes([typeof(AnalyzerBenchmark), typeof(SearchTextBenchmark), typeof(SearchQueryBenchmark), typeof(HighlightBenchmark)])
        .Run(args.Length == 0 ? ["--filter", "*"] : args, config);
    var words = WikinewsArticles.Words;
    foreach (var report in summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null))
    {
        var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
        if (name is nameof(AnalyzerBenchmark.AnalyzeWikinews) or nameof(SearchTextBenchmark.TokenizeWikinews) or nameof(SearchTextBenchmark.StemWikinews))
        {
            var seconds = report.ResultStatistics!.Mean / 1e9;
            var target = name == nameof(AnalyzerBenchmark.AnalyzeWikinews) ? " (target ≥ 500,000 on one core)" : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {words / seconds:N0} words/s over {words:N0} words of {WikinewsArticles.Parsed.Count} Wikinews articles{target}"));
        }
    }

    return 0;
}
