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

    /// <summary>Offices held in a place ("maire", "députée"): "le maire de X" makes X a town, not an organisation.</summary>
    public required WordSet TerritorialRoles { get; init; }

    /// <summary>Nouns of kinship and personal ties ("veuve", "avocat", "entourage"): "la veuve de X" makes X a person.</summary>
    public required WordSet PersonalTies { get; init; }

    /// <summary>Words that take a person after "à" ("l'opposition à X", "succéder à X").</summary>
    public required WordSet PersonalTiesWithA { get; init; }

    public required WordSet Modifiers { get; init; }

    public required WordSet Demonyms { get; init; }

    public required WordSet OrganisationCues { get; init; }

    /// <summary>Nouns after which one name is a person's ("l'affaire Cahuzac", "le gouvernement Valls").</summary>
    public required WordSet PersonCues { get; init; }

    /// <summary>Nouns of a family before a surname ("la famille Troadec", "les frères Brownlee"): the family, not a person.</summary>
    public required WordSet FamilyWords { get; init; }

    /// <summary>Nouns of works, vehicles and weather systems before their names ("le jeu vidéo Iron Harvest").</summary>
    public required WordSet ThingCues { get; init; }

    /// <summary>Nouns of plans, systems and weapons before an acronym that names that thing ("le plan NOVI", "un missile SCUD").</summary>
    public required WordSet AcronymThingCues { get; init; }

    public required WordSet OrganisationWords { get; init; }

    /// <summary>First words of organisations named after where they work ("Mission … en Somalie").</summary>
    public required WordSet LocatedOrganisationWords { get; init; }

    public required FrozenDictionary<string, bool> PlaceCues { get; init; }

    public required WordSet Calendar { get; init; }

    public required WordSet StopWords { get; init; }

    public required WordSet CommonWords { get; init; }

    /// <summary>French infinitives that are no noun ("valider"): "de" + verb ends an organisation's name.</summary>
    public required WordSet Infinitives { get; init; }

    public required WordSet FirstNames { get; init; }

    public required WordSet PersonNames { get; init; }

    public required WordSet Particles { get; init; }

    public required Phrases Organisations { get; init; }

    public required Phrases Places { get; init; }

    /// <summary>Country names (French and English), a part of <see cref="Places"/>.</summary>
    public required Phrases Countries { get; init; }

    /// <summary>Organisations written in lower case ("gilets jaunes"), matched where a lower-case word starts.</summary>
    public required Phrases LowerCaseOrganisations { get; init; }

    /// <summary>Organisations named with an article, without it ("Parisien" for "Le Parisien"), matched after "du", "au".</summary>
    public required Phrases OrganisationsWithoutArticle { get; init; }

    public required Phrases Products { get; init; }

    /// <summary>First words of competitions and events ("Coupe", "Ligue des champions", "Ironman").</summary>
    public required Phrases Events { get; init; }

    /// <summary>Last words of events named in English ("Challenger Series", "Amber Cup", "Tony Awards").</summary>
    public required WordSet EventLastWords { get; init; }

    public required WordSet NotNames { get; init; }

    public required WordSet CommonAcronyms { get; init; }

    /// <summary>Institution nouns followed by a demonym ("armée syrienne").</summary>
    public required WordSet InstitutionsWithDemonym { get; init; }

    /// <summary>Institution nouns followed by "de" and a name ("ministère de l'Intérieur").</summary>
    public required WordSet InstitutionsWithName { get; init; }

    /// <summary>Institution nouns followed directly by a name ("université Harvard").</summary>
    public required WordSet InstitutionsBeforeName { get; init; }

    /// <summary>Institution nouns followed directly by a name no list knows ("association Les Patriotes").</summary>
    public required WordSet InstitutionsBeforeUnknownName { get; init; }

    public required WordSet Adjectives { get; init; }

    /// <summary>Capitalised last words of place and venue names ("Arena", "Lodge", "Street").</summary>
    public required WordSet PlaceWords { get; init; }

    /// <summary>Capitalised first words of place names no person's name starts with ("Grande", "Val", "Deir").</summary>
    public required WordSet PlaceFirstWords { get; init; }

    public required WordSet SpeechVerbs { get; init; }

    public required WordSet Auxiliaries { get; init; }

    public bool IsAbbreviation(ReadOnlySpan<char> word) => Abbreviations.Contains(word);

    /// <summary>A known first name, also a compound one whose parts are first names ("Jean-Max", "Alain-Claude").</summary>
    public bool IsFirstName(ReadOnlySpan<char> word)
    {
        if (FirstNames.Contains(word))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 0 && FirstNames.Contains(word[..hyphen]) && FirstNames.Contains(word[(hyphen + 1)..]);
    }

    /// <summary>A lower-case common French word, also in the plural (<c>Alliés</c> → <c>allié</c>).</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word) =>
        CommonWords.Contains(word) || StopWords.Contains(word)
        || (word.Length > 3 && word[^1] is 's' or 'x' && CommonWords.Contains(word[..^1]));

    /// <summary>A French adjective in any gender and number: "européenne", "armées", "nationaux".</summary>
    public bool IsAdjective(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 40 || !char.IsLower(word[0]))
        {
            return false;
        }

        if (Adjectives.Contains(word))
        {
            return true;
        }

        Span<char> stem = stackalloc char[word.Length + 1];
        foreach (var (ending, replacement) in Endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var kept = word[..^ending.Length];
                kept.CopyTo(stem);
                replacement.AsSpan().CopyTo(stem[kept.Length..]);
                if (Adjectives.Contains(stem[..(kept.Length + replacement.Length)]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Feminine and plural endings back to the masculine singular lemma.
    private static readonly (string Ending, string Replacement)[] Endings =
        [("s", ""), ("x", ""), ("e", ""), ("es", ""), ("aux", "al"), ("ales", "al"), ("ale", "al"), ("elle", "el"), ("elles", "el"),
         ("enne", "en"), ("ennes", "en"), ("ive", "if"), ("ives", "if"), ("euse", "eux"), ("euses", "eux"), ("ère", "er"), ("ères", "er"), ("que", "c"), ("ques", "c")];

    private static EntityRules Load()
    {
        var placeCues = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lexicon.Lines("place-cues.fr"))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            placeCues[parts[0]] = parts.Length > 1 && parts[1] == "head";
        }

        var commonWords = Words(true, "common-words.fr");
        var personNames = Words(false, "person-names", "surnames.fr", "first-names.fr");
        return new EntityRules
        {
            Titles = Words(false, "titles.fr", "titles.en"),
            Abbreviations = Words(true, "abbreviations"),
            Roles = new Phrases([.. Lexicon.Lines("roles.fr"), .. Lexicon.Lines("roles.en")]),
            TerritorialRoles = Words(true, "roles.territorial.fr"),
            PersonalTies = new WordSet(Lexicon.Lines("roles.of-person.fr").Where(line => !line.Contains('|', StringComparison.Ordinal)), ignoreCase: true),
            PersonalTiesWithA = new WordSet(
                Lexicon.Lines("roles.of-person.fr").Where(line => line.EndsWith("| à", StringComparison.Ordinal)).Select(line => line.Split('|')[0].Trim()),
                ignoreCase: true),
            Modifiers = Words(true, "modifiers.fr"),
            // The source writes "Neo-Zélandaise"; French writes "Néo-Zélandaise" too.
            Demonyms = new WordSet(Lexicon.Lines("demonyms.odbl").SelectMany(d => (string[])[d, d.Replace("Neo-", "Néo-", StringComparison.Ordinal).Replace("neo-", "néo-", StringComparison.Ordinal)]), ignoreCase: true),
            OrganisationCues = Words(true, "organisation-cues.fr", "organisation-cues.en"),
            OrganisationWords = Words(false, "organisation-words"),
            PersonCues = Words(false, "person-cues.fr"),
            FamilyWords = Words(false, "family-words.fr"),
            ThingCues = new WordSet(Lexicon.Lines("thing-cues.fr").Where(line => !line.Contains('|', StringComparison.Ordinal)), ignoreCase: false),
            AcronymThingCues = new WordSet(
                Lexicon.Lines("thing-cues.fr").Where(line => line.EndsWith("| acronym", StringComparison.Ordinal)).Select(line => line.Split('|')[0].Trim()),
                ignoreCase: false),
            LocatedOrganisationWords = Words(false, "organisation-words.located"),
            PlaceCues = placeCues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            Calendar = Words(true, "calendar-words"),
            StopWords = Words(true, "stop-words.fr", "stop-words.en"),
            CommonWords = commonWords,
            Infinitives = Words(false, "infinitives.fr"),
            FirstNames = new WordSet(WithUnaccentedCapital(Lexicon.Lines("first-names.fr")), ignoreCase: false),
            PersonNames = Words(false, "person-names", "surnames.fr"),
            Particles = Words(false, "name-particles"),
            Organisations = new Phrases([.. Lexicon.Lines("organisations"), .. Lexicon.Lines("companies")], keepInnerCapitals: true),
            LowerCaseOrganisations = new Phrases(Lexicon.Lines("organisations").Where(o => char.IsLower(o[0]))),
            OrganisationsWithoutArticle = new Phrases(WithoutArticle(Lexicon.Lines("organisations"))),
            Products = new Phrases(Lexicon.Lines("products")),
            Events = new Phrases(Lexicon.Lines("event-words"), keepCapitals: true),
            EventLastWords = Words(false, "event-words.last"),
            NotNames = Words(false, "not-names"),
            CommonAcronyms = Words(false, "common-acronyms"),
            InstitutionsWithDemonym = new WordSet(Institutions("demonym"), ignoreCase: false),
            InstitutionsWithName = new WordSet(Institutions("of"), ignoreCase: false),
            InstitutionsBeforeName = new WordSet(Institutions("name"), ignoreCase: false),
            InstitutionsBeforeUnknownName = new WordSet(Institutions("unknown"), ignoreCase: false),
            Adjectives = Words(false, "adjectives.fr"),
            PlaceWords = Words(false, "place-words"),
            PlaceFirstWords = Words(false, "places.first-words"),
            Places = new Phrases(WithoutArticles([.. Lexicon.Lines("places"), .. Lexicon.Lines("countries.odbl"), .. Lexicon.Lines("places.geonames"), .. Lexicon.Lines("places.france")], commonWords, personNames), keepCapitals: true),
            Countries = new Phrases(Lexicon.Lines("countries.odbl"), keepCapitals: true),
            SpeechVerbs = new WordSet(SpeechForms("speech-verbs.fr").Concat(SpeechForms("speech-verbs.en")), ignoreCase: true),
            Auxiliaries = new WordSet(["a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "va", "vient", "has", "have", "had", "is", "was"], ignoreCase: true),
        };
    }

    // French often leaves capitals unaccented: "Edouard Philippe", "Elisabeth Borne" are "Édouard", "Élisabeth".
    private static IEnumerable<string> WithUnaccentedCapital(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            yield return name;
            if (name.Length > 1 && name[0] is 'É' or 'È' or 'Ê')
            {
                yield return string.Concat("E", name.AsSpan(1));
            }
        }
    }

    private static IEnumerable<string> Institutions(string pattern) =>
        Lexicon.Lines("institutions.fr")
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length > 1 && parts[1].Split(' ').Contains(pattern))
            .Select(parts => parts[0]);

    // "Le Caire", "Le Mans" are written "au Caire", "du Mans": the name without its article is the place too.
    // Only for one-word names that are no common word or person's name ("Le Havre" but not "La Croix").
    private static IEnumerable<string> WithoutArticles(List<string> places, WordSet commonWords, WordSet personNames)
    {
        foreach (var place in places)
        {
            yield return place;
            foreach (var article in (string[])["Le ", "La ", "Les "])
            {
                var rest = place.AsSpan(Math.Min(article.Length, place.Length));
                if (place.StartsWith(article, StringComparison.Ordinal) && rest.Length > 2 && char.IsUpper(rest[0])
                    && rest.IndexOfAny(' ', '-', '\'') < 0 && !commonWords.Contains(rest) && !personNames.Contains(rest))
                {
                    yield return rest.ToString();
                }
            }
        }
    }

    private static IEnumerable<string> WithoutArticle(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            foreach (var article in (string[])["Le ", "Les "])
            {
                if (name.StartsWith(article, StringComparison.Ordinal) && name.Length > article.Length + 2 && char.IsUpper(name[article.Length]))
                {
                    yield return name[article.Length..];
                }
            }
        }
    }

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
