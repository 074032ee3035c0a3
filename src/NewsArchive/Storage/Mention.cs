namespace NewsArchive.Storage;

/// <summary>An entity named in an article, as written, with offsets into the article's body.</summary>
public sealed class Mention
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int EntityId { get; set; }
    public Entity Entity { get; set; } = null!;
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }

    /// <summary>The article's publication date, copied here so an entity's articles are read in date order from one index.</summary>
    public DateOnly? Published { get; set; }
}
