using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Extraction;

/// <summary>The people, organisations and places of one article.</summary>
public sealed record FoundEntities(IReadOnlyList<FoundEntity> People, IReadOnlyList<FoundEntity> Organisations, IReadOnlyList<FoundEntity> Places);

/// <summary>
/// Finds people, organisations and places in an article body: spots capitalised candidates, classifies each on
/// evidence, settles the undecided ones against the names the article has already proved ("Hayashi" after
/// "Yoshimasa Hayashi", "Son" after "Masayoshi Son" while a sentence-initial possessive "Son" stays a word) and
/// against their neighbours in lists and brackets, then groups variants into entities.
/// </summary>
internal sealed class EntityFinder(EntityRules rules)
{
    private readonly CandidateSpotter spotter = new(rules);
    private readonly CandidateClassifier classifier = new(rules);
    private readonly NeighbourKinds neighbours = new(rules);

    public EntityFinder()
        : this(EntityRules.Default)
    {
    }

    public FoundEntities Find(ParsedArticle article, string language)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Body;
        var tokens = Tokenizer.Tokenize(text, rules.IsAbbreviation);
        var candidates = spotter.Spot(text, tokens);
        var french = language != "en";
        foreach (var candidate in candidates)
        {
            classifier.Classify(text, tokens, candidate, article.Dateline, french);
        }

        candidates.RemoveAll(c => c.Members);
        DropCandidatesInsideMentions(candidates);
        IgnoreWeakGuessesInSubheadings(tokens, candidates, article.Subheadings);
        LineUps.MarkPlayers(text, tokens, candidates);
        Settle(text, tokens, candidates);
        candidates.RemoveAll(c => c.Kind == EntityKind.Person && c.Count == 1 && c.MentionFirst == c.First && NamesAFamily(text, tokens, c.First));

        var people = new List<RawMention>();
        var organisations = new List<RawMention>();
        var places = new List<RawMention>();
        var previousEnd = -1;
        foreach (var c in candidates)
        {
            // "le parquet national financier (PNF)": the lower-case words an organisation's acronym spells out name it too.
            if (c.Kind == EntityKind.Organisation && c.Count == 1 && CandidateClassifier.IsAcronym(tokens[c.First].In(text))
                && ExpansionStart(text, tokens, c.First) is var expansion && expansion > previousEnd)
            {
                organisations.Add(Mention(text, tokens, expansion, c.First - 2));
            }

            previousEnd = Math.Max(previousEnd, c.MentionLast);
            var target = c.Kind switch
            {
                EntityKind.Person => people,
                EntityKind.Organisation => organisations,
                EntityKind.Place => places,
                _ => null,
            };
            if (c.HyphenPair)
            {
                var token = tokens[c.First];
                var hyphen = text.IndexOf('-', token.Start, token.Length);
                organisations.Add(new RawMention(token.Start, hyphen, text[token.Start..hyphen], [text[token.Start..hyphen]]));
                organisations.Add(new RawMention(hyphen + 1, token.End, text[(hyphen + 1)..token.End], [text[(hyphen + 1)..token.End]]));
                continue;
            }

            target?.Add(Mention(text, tokens, c.MentionFirst, c.MentionLast));
            if (c.Kind is EntityKind.Place or EntityKind.Organisation && c.MentionFirst < c.First && NamesAPerson(text, tokens, c))
            {
                people.Add(Mention(text, tokens, c.First, c.Last));
            }

            if (c.Kind is not EntityKind.Person and not EntityKind.Place && Math.Max(c.Last, c.MentionLast) > c.MentionFirst)
            {
                AddNestedPlaces(text, tokens, c, places);
                if (c.Kind == EntityKind.Organisation)
                {
                    AddNestedOrganisations(text, tokens, c, organisations);
                }
            }
        }

        DropPassingInstitutions(organisations);
        return new FoundEntities(
            MentionGrouper.Group(people, mergeShortForms: true),
            MentionGrouper.Group(organisations, mergeShortForms: false),
            MentionGrouper.Group(places, mergeShortForms: false));
    }

    // An undecided candidate takes the kind of the same name proved elsewhere in the article; a single word takes
    // the person's kind when it is one of the words of a proved person's name. Weak guesses (a fallback) come
    // second: first the multi-word ones, then the single words they explain ("Jorgensen" after "Gwen Jorgensen").
    private void Settle(string text, List<Token> tokens, List<Candidate> candidates)
    {
        var kinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        // "le jeu vidéo Iron Harvest … Iron Harvest est un jeu": a thing's name stays a thing's in the whole article.
        var things = candidates.Where(c => c.Thing).Select(c => NameKey.Of(Span(text, tokens, c.First, c.Last))).ToHashSet(StringComparer.Ordinal);
        var personWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in candidates.Where(c => c.Kind == EntityKind.Person && c.Count > 1))
        {
            Learn(text, tokens, c, kinds, personWords);
        }

        // "Donald Trump … le tour de Trump": the surname of a proved person outweighs a place noun before it.
        foreach (var c in candidates.Where(c => c.WeakPlace && c.Count == 1 && personWords.Contains(Span(text, tokens, c.First, c.Last))))
        {
            c.Kind = EntityKind.Person;
            c.MentionFirst = c.First;
        }

        foreach (var c in candidates)
        {
            Learn(text, tokens, c, kinds, personWords);
        }

        SettleFrom(text, tokens, candidates, kinds, personWords, things, useFallback: false);
        neighbours.SurnameLists(text, tokens, candidates);
        neighbours.FromLists(text, tokens, candidates);
        neighbours.FromBrackets(text, tokens, candidates);
        // "les Gjs (Gilets jaunes) … des Gjs": a lone word a list or the brackets decided names the same elsewhere in the article.
        foreach (var c in candidates.Where(c => c.Count == 1 && c.Kind is not null))
        {
            kinds.TryAdd(NameKey.Of(Span(text, tokens, c.First, c.Last)), c.Kind!.Value);
        }

        foreach (var c in candidates.Where(c => c.Kind is null && c.Count > 1 && c.Fallback is not null && (things.Count == 0 || !things.Contains(NameKey.Of(Span(text, tokens, c.First, c.Last))))))
        {
            c.Kind = c.Fallback;
            Learn(text, tokens, c, kinds, personWords);
        }

        SettleFrom(text, tokens, candidates, kinds, personWords, things, useFallback: true);
        neighbours.FromLists(text, tokens, candidates);
        QuotedShortTitles(text, tokens, candidates);
    }

    // "Le Canard enchaîné … les chiffres du « Canard »": a title's first word alone in quotes, after the title was named,
    // is its short form.
    private static void QuotedShortTitles(string text, List<Token> tokens, List<Candidate> candidates)
    {
        HashSet<string>? firstWords = null;
        foreach (var c in candidates)
        {
            if (c.Kind == EntityKind.Organisation && c.Count > 1)
            {
                var head = tokens[c.First].In(text) is "Le" or "La" or "Les" or "L'" or "L’" ? c.First + 1 : c.First;
                if (head < c.Last || (head == c.Last && head > c.First))
                {
                    (firstWords ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[head].In(text).ToString());
                }
            }
            else if (firstWords is not null && c.Kind is null && c.Count == 1 && c.First > 0 && c.Last + 1 < tokens.Count
                && tokens[c.First - 1].In(text) is "«" or "“" && tokens[c.Last + 1].In(text) is "»" or "”" && firstWords.Contains(tokens[c.First].In(text).ToString()))
            {
                c.Kind = EntityKind.Organisation;
            }
        }
    }

    private void Learn(string text, List<Token> tokens, Candidate c, Dictionary<string, EntityKind> kinds, HashSet<string> personWords)
    {
        if (c.Kind is not { } kind)
        {
            return;
        }

        kinds.TryAdd(NameKey.Of(Span(text, tokens, c.First, c.Last)), kind);
        // "Valve Corporation", "Havas Group": without its legal or generic last word the name is the company still.
        if (kind == EntityKind.Organisation && c.Count > 1 && rules.OrganisationWords.Contains(tokens[c.Last].In(text))
            && !rules.OrganisationWords.Contains(tokens[c.First].In(text)) && tokens[c.Last - 1].IsWord && !rules.Particles.Contains(tokens[c.Last - 1].In(text)))
        {
            kinds.TryAdd(NameKey.Of(Span(text, tokens, c.First, c.Last - 1)), kind);
        }

        if (kind == EntityKind.Person && c.Count > 1)
        {
            for (var k = c.First; k <= c.Last; k++)
            {
                if (!rules.Particles.Contains(tokens[k].In(text)))
                {
                    personWords.Add(tokens[k].In(text).ToString());
                }
            }
        }
    }

    private void SettleFrom(string text, List<Token> tokens, List<Candidate> candidates, Dictionary<string, EntityKind> kinds, HashSet<string> personWords, HashSet<string> things, bool useFallback)
    {
        foreach (var c in candidates)
        {
            if (c.Kind is not null || c.Thing)
            {
                continue;
            }

            var words = Span(text, tokens, c.First, c.Last);
            if (things.Count > 0 && things.Contains(NameKey.Of(words)))
            {
                continue;
            }

            if (c.Count == 1 && ((tokens[c.First].SentenceStart && rules.StopWords.Contains(words)) || rules.Calendar.Contains(words)))
            {
                continue; // "Son entreprise", "Lundi": a function word or a day, even when someone is called Son.
            }

            if (kinds.TryGetValue(NameKey.Of(words), out var kind))
            {
                c.Kind = kind;
            }
            // "Steam VR … sa plateforme Steam": a product's name in a guessed person's name is still the product.
            else if (c.Count == 1 && personWords.Contains(words) && rules.Products.LongestAt(text, tokens, c.First) == 0)
            {
                c.Kind = EntityKind.Person;
            }
            else if (useFallback)
            {
                c.Kind = c.Fallback;
            }
        }
    }

    // "l'armée syrienne", "le gouvernement espagnol": a lower-case institution named once in passing is background, not
    // an organisation of the article (WiNER-fr annotates it where the article comes back to it).
    private void DropPassingInstitutions(List<RawMention> organisations)
    {
        Dictionary<string, int>? counts = null;
        foreach (var m in organisations)
        {
            if (m.Words.Length > 1 && rules.InstitutionsWithDemonym.Contains(m.Words[0]))
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                var key = NameKey.Of(m.Text);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        if (counts is not null)
        {
            organisations.RemoveAll(m => m.Words.Length > 1 && rules.InstitutionsWithDemonym.Contains(m.Words[0]) && counts[NameKey.Of(m.Text)] == 1);
        }
    }

    // "ministère de l'Économie et des Finances": a mention that took in the names after it leaves them no mention of their own.
    private static void DropCandidatesInsideMentions(List<Candidate> candidates)
    {
        var coveredUntil = -1;
        candidates.RemoveAll(c =>
        {
            var inside = c.First <= coveredUntil;
            if (!inside && c.Kind is not null)
            {
                coveredUntil = Math.Max(coveredUntil, c.MentionLast);
            }

            return inside;
        });
    }

    // Subheads capitalise freely ("- Stargate Au Japon -"): there a capital alone proves nothing.
    private static void IgnoreWeakGuessesInSubheadings(List<Token> tokens, List<Candidate> candidates, IReadOnlyList<TextSpan>? subheadings)
    {
        if (subheadings is not { Count: > 0 })
        {
            return;
        }

        foreach (var c in candidates)
        {
            if (subheadings.Any(s => s.Start <= tokens[c.First].Start && tokens[c.Last].End <= s.End))
            {
                c.Fallback = null;
            }
        }
    }

    // "la famille Troadec", "les frères Brownlee", "les Fillon": a surname alone after a family noun or a plural article
    // names the family, which WiNER-fr does not annotate; a first name is still someone's ("les frères Jonathan …").
    private bool NamesAFamily(string text, List<Token> tokens, int first)
    {
        var p = first - 1;
        if (p < 0 || !tokens[p].IsWord || rules.IsFirstName(tokens[first].In(text)))
        {
            return false;
        }

        var word = tokens[p].In(text);
        return (!tokens[p].Capitalised && rules.FamilyWords.Contains(word)) || word is "les" or "Les" or "des" or "aux";
    }

    // "place Victor Hugo", "collège Lucie-Aubrac": after a head noun, a first name starts the person the place is
    // named after, and WiNER-fr annotates that person too.
    private bool NamesAPerson(string text, List<Token> tokens, Candidate c)
    {
        var word = tokens[c.First].In(text);
        var hyphen = word.IndexOf('-');
        return (c.Last > c.First && rules.FirstNames.Contains(word) && !rules.Particles.Contains(tokens[c.First + 1].In(text)))
            || (c.Last == c.First && hyphen > 0 && rules.FirstNames.Contains(word[..hyphen]) && !rules.IsCommonWord(word[(hyphen + 1)..]));
    }

    // "Grande Mosquée de Valence", "Coupe de Russie": the known place inside another name is a place mention too.
    private void AddNestedPlaces(string text, List<Token> tokens, Candidate c, List<RawMention> places)
    {
        var end = Math.Max(c.Last, c.MentionLast);
        for (var k = c.MentionFirst; k <= end; k++)
        {
            var length = tokens[k].Capitalised ? rules.Places.LongestAt(text, tokens, k) : 0;
            // Only after a particle: "Grande Mosquée de Valence", "Mission … en Somalie" hold a place, "Air France" does not.
            var afterParticle = k > 0 && tokens[k - 1].IsWord && !tokens[k - 1].Capitalised
                && (rules.Particles.Contains(tokens[k - 1].In(text)) || tokens[k - 1].In(text) is "en" or "au" or "aux");
            if (length > 0 && afterParticle && k + length - 1 <= end && (k > c.MentionFirst || k + length - 1 < end))
            {
                places.Add(Mention(text, tokens, k, k + length - 1));
                k += length - 1;
            }
        }
    }

    // "Conseil de sécurité des Nations unies": WiNER-fr annotates the known organisation inside a longer one as well.
    private void AddNestedOrganisations(string text, List<Token> tokens, Candidate c, List<RawMention> organisations)
    {
        for (var k = c.MentionFirst + 1; k <= c.Last; k++)
        {
            var length = tokens[k].Capitalised && AfterParticle(text, tokens, k) ? rules.Organisations.LongestAt(text, tokens, k) : 0;
            // "ministère de l'Intérieur" holds no "Intérieur" of its own: one capitalised word counts only as an acronym.
            if (length > 0 && k + length - 1 <= c.Last && (length > 1 || CandidateClassifier.IsAcronym(tokens[k].In(text))))
            {
                organisations.Add(Mention(text, tokens, k, k + length - 1));
                k += length - 1;
            }
        }
    }

    // The first of the lower-case words before "(" whose initials, particles aside, spell the acronym in the brackets
    // ("inspection générale de la police nationale (IGPN)", "compagnie de sécurisation et d'intervention (CSI)"), or -1.
    private int ExpansionStart(string text, List<Token> tokens, int acronym)
    {
        const int MaxWords = 10;
        if (acronym < 3 || tokens[acronym - 1].In(text) is not "(" || acronym + 1 >= tokens.Count || tokens[acronym + 1].In(text) is not ")")
        {
            return -1;
        }

        var letters = tokens[acronym].In(text);
        var at = letters.Length - 1;
        for (var k = acronym - 2; k >= 0 && acronym - k <= MaxWords + 1; k--)
        {
            var token = tokens[k];
            var word = token.In(text);
            if (!token.IsWord || token.Capitalised || !char.IsLower(word[0]))
            {
                return -1;
            }

            if (rules.Particles.Contains(word) || word is "et" or "à" or "pour")
            {
                continue;
            }

            while (at >= 0 && !char.IsLetter(letters[at]))
            {
                at--;
            }

            if (at < 0 || char.ToUpperInvariant(word[0]) != letters[at])
            {
                return -1;
            }

            at--;
            if (at < 0)
            {
                // The phrase opens on a common noun, not on an adjective or a verb ("actuel", "créé").
                return rules.IsCommonWord(word) && !rules.StopWords.Contains(word) && !rules.IsAdjective(word) ? k : -1;
            }
        }

        return -1;
    }

    private bool AfterParticle(string text, List<Token> tokens, int k) =>
        k > 0 && tokens[k - 1].IsWord && !tokens[k - 1].Capitalised && rules.Particles.Contains(tokens[k - 1].In(text));

    private static string Span(string text, List<Token> tokens, int first, int last) =>
        text[tokens[first].Start..tokens[last].End];

    private static RawMention Mention(string text, List<Token> tokens, int first, int last)
    {
        var words = new List<string>(last - first + 1);
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number)
            {
                words.Add(tokens[k].In(text).ToString());
            }
        }

        return new RawMention(tokens[first].Start, tokens[last].End, Span(text, tokens, first, last), [.. words]);
    }
}
