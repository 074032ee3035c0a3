using NewsArchive.Parsing;

namespace NewsArchive.Extraction;

/// <summary>The people, organisations and places of one article.</summary>
public sealed record FoundEntities(IReadOnlyList<FoundEntity> People, IReadOnlyList<FoundEntity> Organisations, IReadOnlyList<FoundEntity> Places);

// PLACEHOLDER: replaced by the entities work.
internal sealed class EntityFinder
{
    public FoundEntities Find(ParsedArticle article, string language) {
        _ = this;
        return new([], [], []);
    }
}
