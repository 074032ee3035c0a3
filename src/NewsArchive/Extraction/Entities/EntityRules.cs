using System.Collections.Frozen;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// The word lists the entity finder reads, loaded once from <c>Rules/*.txt</c>. Tests may build their own.
/// </summary>
internal sealed class EntityRules
{
    private static readonly Lazy<EntityRules> Shipped = new(Load);

    public static EntityRules Default => Shipped.Value;

    public required WordSet Titles { get; init; }

    public required WordSet Abbreviations { get; init; }

    public required Phrases Roles { get; init; }

    public required WordSet Modifiers { get; init; }

    public required WordSet Demonyms { get; init; }

    public required WordSet OrganisationCues { get; init; }

    public required WordSet OrganisationWords { get; init; }

    public required FrozenDictionary<string, bool> PlaceCues { get; init; }

    public required WordSet Calendar { get; init; }

    public required WordSet StopWords { get; init; }

    public required WordSet CommonWords { get; init; }

    public required WordSet FirstNames { get; init; }

    public required WordSet PersonNames { get; init; }

    public required WordSet Particles { get; init; }

    public required Phrases Organisations { get; init; }

    public required Phrases Places { get; init; }

    /// <summary>Organisations written in lower case ("gilets jaunes"), matched where a lower-case word starts.</summary>
    public required Phrases LowerCaseOrganisations { get; init; }

    public required Phrases Products { get; init; }

    public required WordSet NotNames { get; init; }

    public required WordSet CommonAcronyms { get; init; }

    /// <summary>Institution nouns followed by a demonym ("armée syrienne").</summary>
    public required WordSet InstitutionsWithDemonym { get; init; }

    /// <summary>Institution nouns followed by "de" and a name ("ministère de l'Intérieur").</summary>
    public required WordSet InstitutionsWithName { get; init; }

    public required WordSet SpeechVerbs { get; init; }

    public required WordSet Auxiliaries { get; init; }

    public bool IsAbbreviation(ReadOnlySpan<char> word) => Abbreviations.Contains(word);

    /// <summary>A lower-case common French word, also in the plural (<c>Alliés</c> → <c>allié</c>).</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word) =>
        CommonWords.Contains(word) || StopWords.Contains(word)
        || (word.Length > 3 && word[^1] is 's' or 'x' && CommonWords.Contains(word[..^1]));

    private static EntityRules Load()
    {
        var placeCues = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lexicon.Lines("place-cues.fr"))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            placeCues[parts[0]] = parts.Length > 1 && parts[1] == "head";
        }

        return new EntityRules
        {
            Titles = Words(false, "titles.fr", "titles.en"),
            Abbreviations = Words(true, "abbreviations"),
            Roles = new Phrases([.. Lexicon.Lines("roles.fr"), .. Lexicon.Lines("roles.en")]),
            Modifiers = Words(true, "modifiers.fr"),
            Demonyms = Words(true, "demonyms.odbl"),
            OrganisationCues = Words(true, "organisation-cues.fr", "organisation-cues.en"),
            OrganisationWords = Words(false, "organisation-words"),
            PlaceCues = placeCues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            Calendar = Words(true, "calendar-words"),
            StopWords = Words(true, "stop-words.fr", "stop-words.en"),
            CommonWords = Words(true, "common-words.fr"),
            FirstNames = Words(false, "first-names.fr"),
            PersonNames = Words(false, "person-names", "surnames.fr"),
            Particles = Words(false, "name-particles"),
            Organisations = new Phrases([.. Lexicon.Lines("organisations"), .. Lexicon.Lines("companies")]),
            LowerCaseOrganisations = new Phrases(Lexicon.Lines("organisations").Where(o => char.IsLower(o[0]))),
            Products = new Phrases(Lexicon.Lines("products")),
            NotNames = Words(false, "not-names"),
            CommonAcronyms = Words(false, "common-acronyms"),
            InstitutionsWithDemonym = new WordSet(Institutions("demonym"), ignoreCase: false),
            InstitutionsWithName = new WordSet(Institutions("of"), ignoreCase: false),
            Places = new Phrases([.. Lexicon.Lines("places"), .. Lexicon.Lines("countries.odbl"), .. Lexicon.Lines("places.geonames"), .. Lexicon.Lines("places.france")]),
            SpeechVerbs = new WordSet(SpeechForms("speech-verbs.fr").Concat(SpeechForms("speech-verbs.en")), ignoreCase: true),
            Auxiliaries = new WordSet(["a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "va", "vient", "has", "have", "had", "is", "was"], ignoreCase: true),
        };
    }

    private static IEnumerable<string> Institutions(string pattern) =>
        Lexicon.Lines("institutions.fr")
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length > 1 && parts[1].Split(' ').Contains(pattern))
            .Select(parts => parts[0]);

    private static WordSet Words(bool ignoreCase, params string[] files) =>
        new(files.SelectMany(Lexicon.Lines), ignoreCase);

    // One-word finite forms and past participles of "lemma | finite forms | participles" lines.
    private static IEnumerable<string> SpeechForms(string file) =>
        Lexicon.Lines(file)
            .Select(line => line.Split('|'))
            .Where(parts => parts.Length >= 3)
            .SelectMany(parts => parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(form => !form.Contains('\'', StringComparison.Ordinal) && form is not "se");
}
