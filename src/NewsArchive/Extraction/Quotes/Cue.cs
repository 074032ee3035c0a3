namespace NewsArchive.Extraction.Quotes;

/// <summary>What kind of words introduce a quote.</summary>
internal enum CueKind
{
    /// <summary>A speech verb: <c>a déclaré</c>, <c>dit-elle</c>, <c>said</c>.</summary>
    Verb = 1,

    /// <summary>A preposition naming the source: <c>selon</c>, <c>according to</c>.</summary>
    According = 2,

    /// <summary>A preposition that names a source only before a name and a comma: <c>Pour Erdogan, …</c>.</summary>
    AccordingComma = 3,

    /// <summary>A cue with no speaker in it: <c>peut-on lire</c>.</summary>
    Read = 4,
}

/// <summary>Cue words found at tokens [<see cref="First"/>, <see cref="Last"/>), with the subject pronoun an inverted form carries.</summary>
internal sealed record Cue(int First, int Last, CueKind Kind, string? Pronoun);

/// <summary>Who a quote is given to: a named entity, or nobody (an unnamed source) when <see cref="Entity"/> is null.</summary>
internal sealed record Speaker(FoundEntity? Entity, EntityKind? Kind)
{
    public static Speaker Unnamed { get; } = new(null, null);
}
