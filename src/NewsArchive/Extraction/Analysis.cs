namespace NewsArchive.Extraction;

/// <summary>What the analyser found in one article body. Offsets index the body.</summary>
public sealed record Analysis(
    string Language,
    DateOnly? Published,
    IReadOnlyList<FoundEntity> People,
    IReadOnlyList<FoundEntity> Organisations,
    IReadOnlyList<FoundEntity> Places,
    IReadOnlyList<FoundTopic> Topics,
    IReadOnlyList<FoundQuote> Quotes);

/// <summary>The kinds of named entity the archive keeps.</summary>
public enum EntityKind
{
    Person = 1,
    Organisation = 2,
    Place = 3,
}

/// <summary>One entity of an article: its canonical name (the fullest form the article uses) and every mention.</summary>
public sealed record FoundEntity(string Name, IReadOnlyList<FoundMention> Mentions);

/// <summary>A name exactly as written in the body, without titles, with offsets (end exclusive).</summary>
public sealed record FoundMention(string Text, int Start, int End);

/// <summary>The kinds of topic: a keyphrase drawn from the text, or one of a fixed set of subject categories.</summary>
public enum TopicKind
{
    Keyphrase = 1,
    Category = 2,
}

/// <summary>A topic of the article with a score in [0, 1].</summary>
public sealed record FoundTopic(string Name, TopicKind Kind, double Score);

/// <summary>
/// A quote: its text (without the quotation marks) and offsets of that text, the speaker's canonical name
/// (one of the article's people or organisations) or null, and the speech verb as written (<c>a déclaré</c>) or null.
/// </summary>
public sealed record FoundQuote(string Text, int Start, int End, string? Speaker, EntityKind? SpeakerKind, string? Cue);
