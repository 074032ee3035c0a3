using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using NewsArchive.Extraction;
using NewsArchive.Importing;
using NewsArchive.Parsing;
using NewsArchive.Tests.Storage;

namespace NewsArchive.Tests.Importing;

/// <summary>A temporary archive and source folder, and an importer over them with a small, predictable analyser.</summary>
internal sealed partial class ImportTestKit : IAsyncDisposable
{
    private ImportTestKit(TemporaryArchive archive)
    {
        Archive = archive;
        Sources = Path.Combine(archive.Folder, "sources");
        Directory.CreateDirectory(Sources);
    }

    public TemporaryArchive Archive { get; }

    public string Sources { get; }

    public ListLogger<ArchiveImporter> Logger { get; } = new();

    /// <summary>Replaces the analyser; the default finds the names in <see cref="KnownNames"/>.</summary>
    public Func<ParsedArticle, Analysis>? Analyze { get; set; }

    /// <summary>Names the default analyser finds in bodies: people, then organisations after a "|".</summary>
    public static IReadOnlyList<(string Name, EntityKind Kind)> KnownNames { get; } =
    [
        ("Emmanuel Macron", EntityKind.Person), ("Macron", EntityKind.Person), ("Angela Merkel", EntityKind.Person),
        ("ONU", EntityKind.Organisation), ("Boom", EntityKind.Organisation),
    ];

    public static async Task<ImportTestKit> CreateAsync(TestEngine engine = TestEngine.Sqlite) => new(await TemporaryArchive.CreateAsync(engine));

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Sources, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public Task<ImportSummary> ImportAsync(ImportOptions? options = null, params string[] paths) =>
        new ArchiveImporter(Archive.Options, Logger, Analyze ?? FindKnownNames)
            .ImportAsync(paths.Length == 0 ? [Sources] : paths, options ?? new ImportOptions { BaseDirectory = Archive.Folder }, null, CancellationToken.None);

    public async Task<long> CountAsync(string table) => await Archive.ScalarAsync($"SELECT count(*) FROM \"{table}\"");

    public ValueTask DisposeAsync() => Archive.DisposeAsync();

    /// <summary>A plain-text article: headline, blank line, body.</summary>
    public static string Article(string title, string body) => title + "\n\n" + body + "\n";

    /// <summary>
    /// Finds every known name in the body (longest first, without overlaps), merges "Macron" into "Emmanuel Macron",
    /// a quote «...» dit Name, and one category topic per word after "Sujet:".
    /// </summary>
    public static Analysis FindKnownNames(ParsedArticle article)
    {
        var taken = new bool[article.Body.Length];
        var found = new Dictionary<string, (EntityKind Kind, List<FoundMention> Mentions)>(StringComparer.Ordinal);
        foreach (var (name, kind) in KnownNames.OrderByDescending(n => n.Name.Length))
        {
            foreach (Match match in Regex.Matches(article.Body, @"\b" + Regex.Escape(name) + @"\b"))
            {
                if (taken.AsSpan(match.Index, match.Length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(match.Index, match.Length).Fill(true);
                var canonical = name == "Macron" ? "Emmanuel Macron" : name;
                if (!found.TryGetValue(canonical, out var entry))
                {
                    found[canonical] = entry = (kind, []);
                }

                entry.Mentions.Add(new FoundMention(name, match.Index, match.Index + match.Length));
            }
        }

        List<FoundEntity> Of(EntityKind kind) => [.. found.Where(f => f.Value.Kind == kind).Select(f => new FoundEntity(f.Key, f.Value.Mentions))];
        var quotes = QuoteRule().Matches(article.Body)
            .Select(m => new FoundQuote(m.Groups["text"].Value, m.Groups["text"].Index, m.Groups["text"].Index + m.Groups["text"].Length,
                m.Groups["speaker"].Value, EntityKind.Person, "dit"))
            .ToList();
        var topics = TopicRule().Matches(article.Body).Select(m => new FoundTopic(m.Groups[1].Value, TopicKind.Category, 0.5)).ToList();
        return new Analysis(article.Language ?? "fr", article.Published, Of(EntityKind.Person), Of(EntityKind.Organisation), [], topics, quotes);
    }

    [GeneratedRegex(@"«\s*(?<text>[^»]+?)\s*»\s*dit (?<speaker>[A-Z][a-z]+(?: [A-Z][a-z]+)*)")]
    private static partial Regex QuoteRule();

    [GeneratedRegex(@"Sujet:(\w+)")]
    private static partial Regex TopicRule();
}

/// <summary>Keeps every log line, to check what the importer reports.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Lines)
        {
            Lines.Add((logLevel, formatter(state, exception)));
        }
    }
}

/// <summary>Progress reported straight to a callback, on the reporting thread (<see cref="Progress{T}"/> posts it).</summary>
internal sealed class CallbackProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => report(value);
}
