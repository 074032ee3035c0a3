using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsArchive.Storage;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarchive search QUERY [--db FILE] [--json]</c>: full-text search of the archive.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Words, \"phrases\", OR, -exclusion, prefix*; accents, case and inflections do not matter." };
        var db = Archive.DatabaseOption();
        var provider = Archive.ProviderOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the total and the hits." };
        var limit = new Option<int>("--limit") { Description = "Hits per page (1–100).", DefaultValueFactory = _ => 20 };
        var page = new Option<int>("--page") { Description = "Which page of hits (from 1).", DefaultValueFactory = _ => 1 };
        var byDate = new Option<bool>("--by-date") { Description = "Newest first instead of best match first." };
        var command = new Command("search", "Search the archive's full text.") { query, db, provider, json, limit, page, byDate };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100)
            {
                result.AddError("--limit must be between 1 and 100.");
            }
        });
        page.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--page must be 1 or more.");
            }
        });
        command.SetAction((result, ct) => RunAsync(
            new SearchRequest
            {
                Query = result.GetValue(query),
                PageSize = result.GetValue(limit),
                Page = result.GetValue(page),
                Sort = result.GetValue(byDate) ? SearchSort.Date : SearchSort.Relevance,
            },
            Archive.Location(result.GetValue(db), result.GetValue(provider)),
            result.GetValue(json),
            ct));
        return command;
    }

    private static async Task<int> RunAsync(SearchRequest request, ArchiveLocation archive, bool json, CancellationToken ct)
    {
        await using var context = new ArchiveDbContext(await Archive.OpenAsync(archive, ct));
        var page = await new ArchiveSearch(context).SearchAsync(request, ct);
        if (json)
        {
            var output = new SearchOutput(
                request.Query ?? "",
                page.Total,
                page.Page,
                page.PageSize,
                [.. page.Hits.Select(h => new SearchOutputHit(
                    h.ArticleId, h.Title, h.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.Language, h.Dateline,
                    Math.Round(h.Rank, 4), string.Concat(h.Snippet.Select(s => s.Text))))],
                page.Error);
            Console.WriteLine(JsonSerializer.Serialize(output, ArticleRecord.JsonOptions));
        }
        else if (page.Error is not null)
        {
            Console.Error.WriteLine(page.Error);
        }
        else
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Total} articles (page {page.Page} of {Math.Max(1, page.PageCount)})"));
            foreach (var hit in page.Hits)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{hit.ArticleId}] {hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "----------"}  {hit.Title}"));
                Console.WriteLine("    " + string.Concat(hit.Snippet.Select(s => s.Highlighted ? $"[{s.Text}]" : s.Text)).ReplaceLineEndings(" "));
            }
        }

        return page.Error is null ? ExitCodes.Ok : ExitCodes.Usage;
    }

    private sealed record SearchOutput(
        [property: JsonPropertyName("query")] string Query,
        [property: JsonPropertyName("total")] int Total,
        [property: JsonPropertyName("page")] int Page,
        [property: JsonPropertyName("pageSize")] int PageSize,
        [property: JsonPropertyName("hits")] IReadOnlyList<SearchOutputHit> Hits,
        [property: JsonPropertyName("error")] string? Error);

    private sealed record SearchOutputHit(
        [property: JsonPropertyName("id")] int Id,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("published")] string? Published,
        [property: JsonPropertyName("language")] string Language,
        [property: JsonPropertyName("dateline")] string? Dateline,
        [property: JsonPropertyName("rank")] double Rank,
        [property: JsonPropertyName("snippet")] string Snippet);
}
