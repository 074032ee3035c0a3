using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsArchive.Extraction;
using NewsArchive.Importing;
using NewsArchive.Parsing;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarchive extract PATH... [--json]</c>: parse and analyse, print what was found, touch no database.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files, folders (searched recursively) or zip archives." };
        var json = new Option<bool>("--json") { Description = "Print JSON Lines: one object per article, in input order." };
        var command = new Command("extract", "Parse and analyse articles and print the people, organisations, places, topics and quotes found. Writes no database.")
        {
            paths, json,
        };
        command.SetAction((result, ct) => RunAsync(result.GetValue(paths) ?? [], result.GetValue(json), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, bool json, CancellationToken ct)
    {
        var analyzer = ArticleAnalyzer.Default;
        var failed = false;
        using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        var walker = new SourceWalker(Directory.GetCurrentDirectory());
        walker.Add(paths);
        var failures = walker.Failures.Select(f => new ParseFailure(f.Path, f.Reason));
        foreach (var source in walker.Files)
        {
            ct.ThrowIfCancellationRequested();
            var file = await source.ParseAsync(ct);
            foreach (var failure in failures.Concat(file.Failures))
            {
                failed = true;
                if (json)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(new ExtractError(failure.Source, failure.Reason), ArticleRecord.JsonOptions));
                }
                else
                {
                    await Console.Error.WriteLineAsync($"{failure.Source}: {failure.Reason}");
                }
            }

            failures = [];
            foreach (var article in file.Articles)
            {
                var record = ArticleRecord.From(article, analyzer.Analyze(article));
                await output.WriteLineAsync(json ? record.ToJson() : Describe(record));
            }

            await output.FlushAsync(ct);
        }

        return failed ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static string Describe(ArticleRecord record)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{record.Source}#{record.Item}: {record.Title}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  language {record.Language}, published {record.Published ?? "unknown"}, dateline {record.Dateline ?? "none"}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  people: {Names(record.People)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  organisations: {Names(record.Organisations)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  places: {Names(record.Places)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  topics: {string.Join(", ", record.Topics.Select(t => t.Name))}");
        foreach (var quote in record.Quotes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  quote by {quote.Speaker ?? "(unknown)"}: « {quote.Text} »");
        }

        return text.ToString();
    }

    private static string Names(IReadOnlyList<EntityRecord> entities) =>
        entities.Count == 0 ? "none" : string.Join(", ", entities.Select(e => e.Name));

    private sealed record ExtractError(
        [property: System.Text.Json.Serialization.JsonPropertyName("source")] string Source,
        [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error);
}
