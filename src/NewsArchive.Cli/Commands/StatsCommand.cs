using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;
using NewsArchive.Storage;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarchive stats [--db FILE] [--json]</c>: what the archive holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var db = Archive.DatabaseOption();
        var provider = Archive.ProviderOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("stats", "Count the archive's articles, people, organisations, places, quotes, topics and import runs.") { db, provider, json };
        command.SetAction((result, ct) => RunAsync(Archive.Location(result.GetValue(db), result.GetValue(provider)), result.GetValue(json), ct));
        return command;
    }

    private static async Task<int> RunAsync(ArchiveLocation archive, bool json, CancellationToken ct)
    {
        await using var context = new ArchiveDbContext(await Archive.OpenAsync(archive, ct));
        var kinds = await context.Entities.GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var languages = await context.Articles.GroupBy(a => a.Language).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var stats = new Stats(
            await context.Articles.CountAsync(ct),
            kinds.GetValueOrDefault(EntityKind.Person),
            kinds.GetValueOrDefault(EntityKind.Organisation),
            kinds.GetValueOrDefault(EntityKind.Place),
            await context.Mentions.CountAsync(ct),
            await context.Quotes.CountAsync(ct),
            await context.Topics.CountAsync(ct),
            await context.ImportRuns.CountAsync(ct),
            Format(await context.Articles.MinAsync(a => a.Published, ct)),
            Format(await context.Articles.MaxAsync(a => a.Published, ct)),
            languages.OrderBy(l => l.Key, StringComparer.Ordinal).ToDictionary(l => l.Key, l => l.Count, StringComparer.Ordinal));

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(stats, ArticleRecord.JsonOptions));
            return ExitCodes.Ok;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            articles       {stats.Articles}
            people         {stats.People}
            organisations  {stats.Organisations}
            places         {stats.Places}
            mentions       {stats.Mentions}
            quotes         {stats.Quotes}
            topics         {stats.Topics}
            import runs    {stats.ImportRuns}
            published      {stats.FirstPublished ?? "-"} to {stats.LastPublished ?? "-"}
            languages      {string.Join(", ", stats.Languages.Select(l => $"{l.Key} {l.Value}"))}
            """));
        return ExitCodes.Ok;
    }

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Stats(
        [property: JsonPropertyName("articles")] int Articles,
        [property: JsonPropertyName("people")] int People,
        [property: JsonPropertyName("organisations")] int Organisations,
        [property: JsonPropertyName("places")] int Places,
        [property: JsonPropertyName("mentions")] int Mentions,
        [property: JsonPropertyName("quotes")] int Quotes,
        [property: JsonPropertyName("topics")] int Topics,
        [property: JsonPropertyName("importRuns")] int ImportRuns,
        [property: JsonPropertyName("firstPublished")] string? FirstPublished,
        [property: JsonPropertyName("lastPublished")] string? LastPublished,
        [property: JsonPropertyName("languages")] IReadOnlyDictionary<string, int> Languages);
}
