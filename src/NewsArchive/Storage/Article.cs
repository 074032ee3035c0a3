namespace NewsArchive.Storage;

/// <summary>An imported article. One row per (source path, item).</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public required string Body { get; set; }
    public required string Language { get; set; }
    public DateOnly? Published { get; set; }
    public string? Dateline { get; set; }
    public string? Url { get; set; }
    public string? Author { get; set; }
    public required string SourcePath { get; set; }
    public int SourceItem { get; set; }
    /// <summary>SHA-256 (hex) of the parsed article, so re-importing an unchanged source changes nothing.</summary>
    public required string ContentHash { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<Mention> Mentions { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
    public List<ArticleTopic> Topics { get; set; } = [];
}
