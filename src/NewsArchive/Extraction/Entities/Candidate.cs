namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A run of tokens that may name something: <see cref="First"/>..<see cref="Last"/> inclusive, and what the
/// evidence said about it so far (null while undecided).
/// </summary>
internal sealed class Candidate(int first, int last)
{
    public int First { get; } = first;

    public int Last { get; } = last;

    public EntityKind? Kind { get; set; }

    /// <summary>The first token of the mention when a head noun belongs to it ("place de la République").</summary>
    public int MentionFirst { get; set; } = first;

    /// <summary>The last token of the mention when words after the run belong to it ("ministère de l'Éducation nationale").</summary>
    public int MentionLast { get; set; } = last;

    /// <summary>A role or nationality noun stood at the head of the run and was trimmed ("l'Espagnol Mario Mola").</summary>
    public bool RoleTrimmed { get; set; }

    /// <summary>A role and "de" were trimmed from the front: the rest is where the role is held ("PDG de Transdev").</summary>
    public bool OfRole { get; set; }

    /// <summary>Only a place noun before the name made it a place ("le tour de Trump"): a proved person's name wins.</summary>
    public bool WeakPlace { get; set; }

    /// <summary>Counted ("dix Gilets jaunes"): the name stands for members, and nothing settles it as a name later.</summary>
    public bool Members { get; set; }

    /// <summary>Named after a noun of a work, a vehicle or a storm ("le jeu vidéo Iron Harvest"): the name is that thing's.</summary>
    public bool Thing { get; set; }

    /// <summary>One word of two organisations' names joined by a hyphen ("Ifop-Fiducial"): a mention of each.</summary>
    public bool HyphenPair { get; set; }

    /// <summary>The kind to take when nothing else in the article settles an undecided candidate.</summary>
    public EntityKind? Fallback { get; set; }

    public int Count => Last - First + 1;
}
