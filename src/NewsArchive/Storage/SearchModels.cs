namespace NewsArchive.Storage;

/// <summary>How search results are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first (bm25, title words weigh more); newest first when there is no query.</summary>
    Relevance,

    /// <summary>Newest publication date first; undated articles last.</summary>
    Date,
}

/// <summary>
/// A search or a browse of the archive. Every filter narrows the results; the entity and topic lists are slugs
/// and combine with AND (an article must mention every person listed).
/// </summary>
public sealed record SearchRequest
{
    /// <summary>What the user typed (see <see cref="SearchQuery"/>); empty browses every article.</summary>
    public string? Query { get; init; }
    public IReadOnlyList<string> People { get; init; } = [];
    public IReadOnlyList<string> Organisations { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>An ISO 639-1 code (<c>fr</c>).</summary>
    public string? Language { get; init; }
    /// <summary>First publication date included.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Last publication date included.</summary>
    public DateOnly? To { get; init; }
    public int? Year { get; init; }
    /// <summary>1–12; with <see cref="Year"/> that month, alone that month of every year.</summary>
    public int? Month { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    /// <summary>Hits per page, 1–100.</summary>
    public int PageSize { get; init; } = 20;
    /// <summary>How many values each entity and topic facet lists.</summary>
    public int FacetSize { get; init; } = 10;
}

/// <summary>One page of results, with the facets of the whole result set, or an <see cref="Error"/> for a query that cannot run.</summary>
public sealed record SearchPage(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    string? Error)
{
    /// <summary>How many pages the results fill.</summary>
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// One result. <see cref="Rank"/> is the bm25 score (lower is better; 0 without a query). <see cref="TitleSegments"/>
/// and <see cref="Snippet"/> mark the words that matched.
/// </summary>
public sealed record SearchHit(
    int ArticleId,
    string Title,
    string Slug,
    DateOnly? Published,
    string Language,
    string? Dateline,
    double Rank,
    IReadOnlyList<HighlightSegment> TitleSegments,
    IReadOnlyList<HighlightSegment> Snippet);

/// <summary>Counts of matching articles per value, over every result (not just the page).</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> People,
    IReadOnlyList<FacetValue> Organisations,
    IReadOnlyList<FacetValue> Places,
    IReadOnlyList<FacetValue> Topics,
    IReadOnlyList<FacetCount> Languages,
    IReadOnlyList<FacetCount> YearMonths)
{
    public static SearchFacets Empty { get; } = new([], [], [], [], [], []);
}

/// <summary>An entity or topic with how many matching articles name it.</summary>
public sealed record FacetValue(string Slug, string Name, int Count);

/// <summary>A language code or a <c>yyyy-MM</c> month with how many matching articles have it.</summary>
public sealed record FacetCount(string Value, int Count);
