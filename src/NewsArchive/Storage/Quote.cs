namespace NewsArchive.Storage;

/// <summary>A quote in an article: its text and offsets, the speaker (a person or organisation, or none) and the speech verb.</summary>
public sealed class Quote
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public int? SpeakerId { get; set; }
    public Entity? Speaker { get; set; }
    public string? Cue { get; set; }

    /// <summary>The article's publication date, copied here so a speaker's quotes are read newest first from one index.</summary>
    public DateOnly? Published { get; set; }
}
