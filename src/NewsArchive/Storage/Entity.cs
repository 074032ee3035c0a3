using NewsArchive.Extraction;

namespace NewsArchive.Storage;

/// <summary>
/// One real person, organisation or place across the archive, found by its normalised <see cref="Key"/>.
/// </summary>
public sealed class Entity
{
    public int Id { get; set; }
    public EntityKind Kind { get; set; }
    /// <summary>The display name: the fullest form seen.</summary>
    public required string Name { get; set; }
    /// <summary>The canonical key (<see cref="Extraction.NameKey"/>): unique per kind.</summary>
    public required string Key { get; set; }
    /// <summary>The URL slug: unique per kind.</summary>
    public required string Slug { get; set; }
    /// <summary>How many mentions point here (kept up to date by the importer, for sorting without a scan).</summary>
    public int MentionCount { get; set; }
    /// <summary>How many articles mention it.</summary>
    public int ArticleCount { get; set; }

    public List<Mention> Mentions { get; set; } = [];
}
