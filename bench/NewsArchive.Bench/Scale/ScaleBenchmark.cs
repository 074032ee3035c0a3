using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsArchive.Bench.Corpus;
using NewsArchive.Parsing;

namespace NewsArchive.Bench.Scale;

/// <summary>
/// Import and search at archive scale: for each corpus size, generate the corpus, import it through the real
/// importer into a real SQLite file, compare the storage stage with a bare FTS5 insert, then time a fixed query mix
/// through the library and through the real site, each beside raw FTS5 on the same database.
/// </summary>
internal sealed class ScaleBenchmark(ScaleOptions options)
{
    public const string ImportSeconds = "import wall time (s)";
    public const string ArticlesPerSecond = "articles/s end to end";
    public const string DatabaseMegabytes = "database size (MB)";
    public const string PeakRss = "peak RSS during import (MB)";
    public const string LibraryP50 = "library p50 (ms)";
    public const string LibraryP95 = "library p95 (ms)";
    public const string RawP95 = "raw FTS5 p95 (ms)";
    public const string HttpP95 = "HTTP p95 (ms)";
    public const string PersonPageP95 = "person page p95 (ms)";

    /// <summary>Every metric a complete report holds, in order: what the smoke test checks.</summary>
    public static IReadOnlyList<string> Metrics { get; } =
    [
        "articles imported", ImportSeconds, ArticlesPerSecond, "import CPU time (s)", "MB/s end to end", "parse (s)", "extract (s)", "store (s)",
        PeakRss, DatabaseMegabytes, "bare FTS5 insert (s)", "store / bare FTS5", "store / bare FTS5 (CPU)",
        "of which search stems (CPU-s)", "store without stems / bare FTS5 (CPU)",
        LibraryP50, LibraryP95, "library p99 (ms)", "raw FTS5 p50 (ms)", RawP95, "raw FTS5 p99 (ms)", "library / raw FTS5 (p95)",
        "library CPU p50 (ms)", "library CPU p95 (ms)", "raw FTS5 CPU p95 (ms)", "library / raw FTS5 (CPU p95)",
        "HTTP p50 (ms)", HttpP95, "HTTP p99 (ms)", "HTTP / raw FTS5 (p95)", "HTTP site CPU p95 (ms)",
        "home p95 (ms)", PersonPageP95, "topic page p95 (ms)", "search page p95 (ms)",
    ];

    private readonly TextWriter log = options.Log;

    public async Task<IReadOnlyList<ScaleReport>> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.OutputFolder);
        log.WriteLine("loading seed material");
        var material = SeedMaterial.Load(options.RepoRoot);
        var reports = new List<ScaleReport>();
        foreach (var size in options.Sizes)
        {
            reports.Add(await RunAsync(material, size, cancellationToken).ConfigureAwait(false));
        }

        return reports;
    }

    private async Task<ScaleReport> RunAsync(SeedMaterial material, int size, CancellationToken cancellationToken)
    {
        var report = new ScaleReport(size);
        var tag = size.ToString(CultureInfo.InvariantCulture);
        var corpusFolder = Path.Combine(options.OutputFolder, "corpus-" + tag);
        var archive = Path.Combine(options.OutputFolder, "archive-" + tag + ".db");

        log.WriteLine($"[{tag}] generating the corpus in {corpusFolder}");
        var corpus = new CorpusGenerator(material).Write(corpusFolder, size);
        foreach (var (name, count) in corpus.Recurring)
        {
            report.Notes.Add($"generated: {name} named in {count:N0} articles");
        }

        await ImportAsync(report, corpus, archive, cancellationToken).ConfigureAwait(false);
        // A long run shows its import figures before the searches start.
        log.WriteLine(report.Render());

        var (people, topics) = Popular(archive);
        var queries = QueryMix.Build(material, people, topics, options.Queries);
        await SearchAsync(report, queries, archive, cancellationToken).ConfigureAwait(false);
        await HttpAsync(report, queries, people, topics, archive, cancellationToken).ConfigureAwait(false);
        report.Notes.AddRange(QueryPlans.FullScans(archive, people, topics));
        return report;
    }

    private async Task ImportAsync(ScaleReport report, GeneratedCorpus corpus, string archive, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(corpus.Folder, "*", SearchOption.AllDirectories)
            .Where(ArticleParser.IsSupported).Order(StringComparer.Ordinal).ToList();

        log.WriteLine($"[{corpus.Articles}] single-core sample of {Math.Min(files.Count, options.SampleFiles)} files");
        var sample = StageSample.Measure(files, options.SampleFiles);

        // Seconds, NaN without a dry run (TimeSpan has no NaN).
        var dryRun = double.NaN;
        var dryRunCpu = double.NaN;
        if (options.DryRun)
        {
            log.WriteLine($"[{corpus.Articles}] dry run (parse + extract through the importer, in a process of its own)");
            var dry = await ImportProcess.RunAsync(archive, corpus.Folder, dryRun: true, cancellationToken).ConfigureAwait(false);
            dryRunCpu = dry.CpuSeconds;
            dryRun = dry.Seconds;
        }

        log.WriteLine($"[{corpus.Articles}] import (in a process of its own)");
        var import = await ImportProcess.RunAsync(archive, corpus.Folder, dryRun: false, cancellationToken).ConfigureAwait(false);
        Checkpoint(archive);
        var databaseBytes = new[] { archive, archive + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

        var seconds = import.Seconds;
        report.Add("import", "articles imported", import.New, $"{import.Files:N0} files, {import.Failed} failed");
        report.Add("import", ImportSeconds, seconds, $"{Environment.ProcessorCount} cores, {import.Workers} workers");
        report.AddTarget("import", ArticlesPerSecond, import.New / seconds, 1_000, atMost: false, "through ArchiveImporter into a new SQLite file");
        // On a shared machine the wall time includes waiting for the CPU; CPU time does not.
        report.Add("import", "import CPU time (s)", import.CpuSeconds,
            $"user + system of the import's process; {import.New / import.CpuSeconds:N0} articles per CPU-second");
        report.Add("import", "MB/s end to end", corpus.Bytes / 1e6 / seconds, $"{corpus.Bytes / 1e6:0.0} MB of input files");

        // The dry run parses and analyses exactly as the import does; what the import adds to it is storing.
        // A dry run that took longer than the import (cold caches, a busy machine) leaves no wall time to the store:
        // n/a rather than a negative figure that passes its target.
        var store = seconds - dryRun > 0 ? seconds - dryRun : double.NaN;
        report.Add("import", "parse (s)", dryRun * sample.ParseShare,
            $"dry-run time × parse share of a {sample.Articles:N0}-article single-core sample ({sample.ParseShare:P0})");
        report.Add("import", "extract (s)", dryRun * (1 - sample.ParseShare),
            $"sample: analyser {sample.WordsPerSecond:N0} words/s wall, {sample.WordsPerCpuSecond:N0} per CPU-second, one thread");
        report.Add("import", "store (s)", store, double.IsNaN(store) && !double.IsNaN(dryRun)
            ? $"n/a: the dry run took {dryRun:0.0} s, the import {seconds:0.0} s (read the CPU ratio below); dry run {dryRunCpu:0.0} CPU-s"
            : $"import time − dry-run time; dry run {dryRunCpu:0.0} CPU-s");
        report.AddTarget("import", PeakRss, import.PeakBytes / 1e6, 500, atMost: true,
            $"VmHWM of the import's own process (`{ImportProcess.Command}`, as `newsarchive import`); {import.StartBytes / 1e6:N0} MB resident before the import");
        report.Add("import", DatabaseMegabytes, databaseBytes / 1e6, "after a WAL checkpoint");

        log.WriteLine($"[{corpus.Articles}] bare FTS5 baseline");
        var baseline = Fts5Baseline.Run(archive, Path.Combine(options.OutputFolder, $"baseline-{corpus.Articles}.db"));
        report.Add("import", "bare FTS5 insert (s)", baseline.Insert.TotalSeconds,
            $"{baseline.Rows:N0} rows, {baseline.Rows / baseline.Insert.TotalSeconds:N0} rows/s, file {baseline.FileBytes / 1e6:0.0} MB");
        report.AddTarget("import", "store / bare FTS5", store / baseline.Insert.TotalSeconds, 3, atMost: true, "wall times");
        // CPU seconds are what a busy machine cannot inflate: the store's own (import − dry run) against the baseline's.
        var storeCpu = import.CpuSeconds - dryRunCpu;
        report.AddTarget("import", "store / bare FTS5 (CPU)", storeCpu / baseline.Cpu.TotalSeconds, 3, atMost: true,
            $"store {storeCpu:0.0} CPU-s (import − dry run) vs bare {baseline.Cpu.TotalSeconds:0.0} CPU-s");
        // The stems are the search row's input, computed on the workers; the rest of the store stage is the writer's.
        var stemsCpu = sample.StemSecondsPerArticle * import.New;
        report.Add("import", "of which search stems (CPU-s)", stemsCpu,
            $"sample: {sample.StemSecondsPerArticle * 1e6:0} µs an article on one core, × {import.New:N0}; a dry run computes none");
        report.Add("import", "store without stems / bare FTS5 (CPU)", (storeCpu - stemsCpu) / baseline.Cpu.TotalSeconds,
            "what the writer and its engine add, against the same bare insert");
        foreach (var failure in import.Failures)
        {
            report.Notes.Add("import rejected " + failure);
        }
    }

    private async Task SearchAsync(ScaleReport report, IReadOnlyList<BenchQuery> queries, string archive, CancellationToken cancellationToken)
    {
        log.WriteLine($"[{report.Articles}] {queries.Count} searches through the library and raw FTS5");
        var library = new LibrarySearcher(archive);
        using var raw = new RawSearcher(archive);

        // One untimed pass fills SQLite's page cache and JIT-compiles both paths, for both alike.
        foreach (var query in queries.Take(20))
        {
            await library.RunAsync(query, cancellationToken).ConfigureAwait(false);
            raw.Run(query);
        }

        var libraryTimes = new Latencies();
        var rawTimes = new Latencies();
        var byKind = new Dictionary<QueryKind, Latencies>();
        var libraryCpu = new Latencies();
        var rawCpu = new Latencies();
        var deadline = Stopwatch.StartNew();
        foreach (var query in queries)
        {
            if (deadline.Elapsed > options.PhaseBudget)
            {
                report.Notes.Add($"library search phase stopped at its time budget after {libraryTimes.Count} of {queries.Count} queries");
                break;
            }

            var cpuStart = CpuTime();
            var clock = Stopwatch.StartNew();
            await library.RunAsync(query, cancellationToken).ConfigureAwait(false);
            libraryTimes.Add(clock.Elapsed);
            libraryCpu.Add(CpuTime() - cpuStart);
            byKind.TryAdd(query.Kind, new Latencies());
            byKind[query.Kind].Add(clock.Elapsed);
            cpuStart = CpuTime();
            clock.Restart();
            raw.Run(query);
            rawTimes.Add(clock.Elapsed);
            rawCpu.Add(CpuTime() - cpuStart);
        }

        report.Add("search (library)", LibraryP50, libraryTimes.Percentile(50), "ArchiveSearch.SearchAsync: count, page of 20 with snippets, facets");
        report.AddTarget("search (library)", LibraryP95, libraryTimes.Percentile(95), 50, atMost: true,
            string.Join(", ", byKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value.Percentile(95):0.0}")));
        report.Add("search (library)", "library p99 (ms)", libraryTimes.Percentile(99));
        report.Add("search (library)", "raw FTS5 p50 (ms)", rawTimes.Percentile(50), "count + top 20 by bm25, prepared, same database");
        report.Add("search (library)", RawP95, rawTimes.Percentile(95));
        report.Add("search (library)", "raw FTS5 p99 (ms)", rawTimes.Percentile(99));
        report.AddTarget("search (library)", "library / raw FTS5 (p95)", libraryTimes.Percentile(95) / rawTimes.Percentile(95), 3, atMost: true);
        report.Add("search (library)", "library CPU p50 (ms)", libraryCpu.Percentile(50), "processor time of this process per query: what waiting for a busy CPU does not inflate");
        report.AddTarget("search (library)", "library CPU p95 (ms)", libraryCpu.Percentile(95), 50, atMost: true);
        report.Add("search (library)", "raw FTS5 CPU p95 (ms)", rawCpu.Percentile(95));
        report.AddTarget("search (library)", "library / raw FTS5 (CPU p95)", libraryCpu.Percentile(95) / rawCpu.Percentile(95), 3, atMost: true);
    }

    private async Task HttpAsync(ScaleReport report, IReadOnlyList<BenchQuery> queries, IReadOnlyList<Popular> people, IReadOnlyList<Popular> topics, string archive, CancellationToken cancellationToken)
    {
        var site = SiteProcess.FindAssembly(options.RepoRoot);
        if (site is null)
        {
            report.Notes.Add("the site is not built (src/NewsArchive.Web/bin/*/net10.0/NewsArchive.Web.dll): no HTTP figures");
            foreach (var metric in new[] { "HTTP p50 (ms)", HttpP95, "HTTP p99 (ms)", "HTTP / raw FTS5 (p95)", "HTTP site CPU p95 (ms)", "home p95 (ms)", PersonPageP95, "topic page p95 (ms)", "search page p95 (ms)" })
            {
                report.Add(metric.Contains("page", StringComparison.Ordinal) || metric.StartsWith("home", StringComparison.Ordinal) ? "pages" : "search (HTTP)", metric, double.NaN, "not run");
            }

            return;
        }

        log.WriteLine($"[{report.Articles}] starting the site ({site})");
        await using var process = await SiteProcess.StartAsync(site, archive, TimeSpan.FromSeconds(90), cancellationToken).ConfigureAwait(false);
        using var http = new HttpClient { BaseAddress = process.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var raw = new RawSearcher(archive);

        foreach (var query in queries.Take(10))
        {
            await GetAsync(http, "/api/articles?pageSize=20&" + query.QueryString, cancellationToken).ConfigureAwait(false);
        }

        log.WriteLine($"[{report.Articles}] {queries.Count} searches over HTTP");
        var httpTimes = new Latencies();
        var httpCpu = new Latencies();
        var rawTimes = new Latencies();
        var errors = new List<string>();
        var deadline = Stopwatch.StartNew();
        foreach (var query in queries)
        {
            if (deadline.Elapsed > options.PhaseBudget)
            {
                report.Notes.Add($"HTTP search phase stopped at its time budget after {httpTimes.Count} of {queries.Count} queries");
                break;
            }

            var siteCpu = process.CpuTime();
            var clock = Stopwatch.StartNew();
            var status = await GetAsync(http, "/api/articles?pageSize=20&" + query.QueryString, cancellationToken).ConfigureAwait(false);
            httpTimes.Add(clock.Elapsed);
            httpCpu.Add(process.CpuTime() - siteCpu);
            if (status != 200)
            {
                errors.Add($"{status} for {query.QueryString}");
            }

            clock.Restart();
            raw.Run(query);
            rawTimes.Add(clock.Elapsed);
        }

        report.Add("search (HTTP)", "HTTP p50 (ms)", httpTimes.Percentile(50),
            $"GET /api/articles on Kestrel, loopback, one client; {httpTimes.Count} requests, {errors.Count} not 200");
        report.AddTarget("search (HTTP)", HttpP95, httpTimes.Percentile(95), 50, atMost: true);
        report.Add("search (HTTP)", "HTTP p99 (ms)", httpTimes.Percentile(99));
        report.AddTarget("search (HTTP)", "HTTP / raw FTS5 (p95)", httpTimes.Percentile(95) / rawTimes.Percentile(95), 3, atMost: true);
        report.AddTarget("search (HTTP)", "HTTP site CPU p95 (ms)", httpCpu.Percentile(95), 50, atMost: true,
            $"processor time of the site process per request; p50 {httpCpu.Percentile(50):0.0}");

        var person = people.Count > 0 ? people[0] : null;
        var topic = topics.Count > 0 ? topics[0] : null;
        var word = queries.FirstOrDefault(q => q.Kind == QueryKind.Word)?.Request.Query ?? "France";
        var pages = new (string Metric, string? Path, string Detail)[]
        {
            ("home p95 (ms)", "/", "GET /"),
            (PersonPageP95, person is null ? null : "/people/" + person.Slug, person is null ? "no person in the archive" : $"{person.Name}: {person.Count:N0} mentions"),
            ("topic page p95 (ms)", topic is null ? null : "/topics/" + topic.Slug, topic is null ? "no topic in the archive" : $"{topic.Name}: {topic.Count:N0} articles"),
            ("search page p95 (ms)", "/search?q=" + Uri.EscapeDataString(word), $"GET /search?q={word}"),
        };
        foreach (var (metric, path, detail) in pages)
        {
            var times = new Latencies();
            var cpu = new Latencies();
            if (path is not null)
            {
                await GetAsync(http, path, cancellationToken).ConfigureAwait(false);
                var pageDeadline = Stopwatch.StartNew();
                for (var i = 0; i < options.PageRequests && pageDeadline.Elapsed < options.PhaseBudget; i++)
                {
                    var siteCpu = process.CpuTime();
                    var clock = Stopwatch.StartNew();
                    var status = await GetAsync(http, path, cancellationToken).ConfigureAwait(false);
                    times.Add(clock.Elapsed);
                    cpu.Add(process.CpuTime() - siteCpu);
                    if (status != 200)
                    {
                        errors.Add($"{status} for {path}");
                    }
                }
            }

            var full = $"{detail}; {times.Count} requests, p50 {times.Percentile(50):0.0}; site CPU p50 {cpu.Percentile(50):0.0}, p95 {cpu.Percentile(95):0.0}";
            if (metric == PersonPageP95)
            {
                report.AddTarget("pages", metric, times.Percentile(95), 100, atMost: true, full);
            }
            else
            {
                report.Add("pages", metric, times.Percentile(95), full);
            }
        }

        foreach (var error in errors.Distinct(StringComparer.Ordinal).Take(5))
        {
            report.Notes.Add("HTTP " + error);
        }
    }

    private static async Task<int> GetAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        _ = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return (int)response.StatusCode;
    }

    /// <summary>The most mentioned people and the most used topics of the archive, most first.</summary>
    private static (IReadOnlyList<Popular> People, IReadOnlyList<Popular> Topics) Popular(string archive)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = archive, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return (
            Read(connection, """
                SELECT e."Slug", e."Name", count(*) AS "Count" FROM "Mentions" AS m JOIN "Entities" AS e ON e."Id" = m."EntityId"
                WHERE e."Kind" = 1 GROUP BY e."Id" ORDER BY "Count" DESC, e."Slug" LIMIT 10
                """),
            Read(connection, """
                SELECT t."Slug", t."Name", count(*) AS "Count" FROM "ArticleTopics" AS x JOIN "Topics" AS t ON t."Id" = x."TopicId"
                GROUP BY t."Id" ORDER BY "Count" DESC, t."Slug" LIMIT 20
                """));
    }

    private static List<Popular> Read(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Popular>();
        while (reader.Read())
        {
            rows.Add(new Popular(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return rows;
    }

    /// <summary>User + system time this process has used so far.</summary>
    internal static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static void Checkpoint(string archive)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = archive }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        command.ExecuteNonQuery();
    }
}
