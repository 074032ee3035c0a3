using NewsArchive.Extraction;

namespace NewsArchive.Storage;

/// <summary>A topic: a keyphrase or a subject category, shared across the archive.</summary>
public sealed class Topic
{
    public int Id { get; set; }
    public TopicKind Kind { get; set; }
    public required string Name { get; set; }
    public required string Key { get; set; }
    public required string Slug { get; set; }
    public int ArticleCount { get; set; }

    public List<ArticleTopic> Articles { get; set; } = [];
}

/// <summary>A topic of one article, with its score there.</summary>
public sealed class ArticleTopic
{
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int TopicId { get; set; }
    public Topic Topic { get; set; } = null!;
    public double Score { get; set; }

    /// <summary>The article's publication date, copied here so a topic's articles are read in date order from one index.</summary>
    public DateOnly? Published { get; set; }
}
