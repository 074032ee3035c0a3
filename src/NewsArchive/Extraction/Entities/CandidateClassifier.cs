using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Decides from context and lexicons whether a candidate names a person, an organisation or a place. Evidence is
/// tried strongest first: a courtesy title, a gazetteer, a role before the name, an organisation cue, organisation
/// words, a place cue, a known first name, a speech verb, an apposition, "role of X", an acronym. A candidate
/// with no evidence stays undecided; <see cref="EntityFinder"/> settles it against the names found elsewhere.
/// </summary>
internal sealed partial class CandidateClassifier(EntityRules rules)
{
    private const int MaxSkipped = 3;

    public void Classify(string text, List<Token> tokens, Candidate candidate, string? dateline, bool french)
    {
        // "la Coupe du monde", "l'Ironman de Kona", "la Ligue des champions", "Challenger Series": an event is none of
        // our kinds, even where an organisation's word made the spotter take it for one (first words in French only:
        // the English "Open Press" is a group).
        if (((french && rules.Events.LongestAt(text, tokens, candidate.First) > 0) || (candidate.Count > 1 && rules.EventLastWords.Contains(tokens[candidate.Last].In(text))))
            && rules.Organisations.LongestAt(text, tokens, candidate.First) < candidate.Count)
        {
            candidate.Kind = null;
            return;
        }

        candidate.Kind ??= Decide(text, tokens, candidate, dateline, french);
        // "dix Gilets jaunes", "une cinquantaine de gilets jaunes": counted, a movement's name means its members.
        if (french && candidate.Kind == EntityKind.Organisation && CountedBefore(text, tokens, candidate.MentionFirst))
        {
            candidate.Kind = null;
            candidate.Members = true;
        }
    }

    private EntityKind? Decide(string text, List<Token> tokens, Candidate c, string? dateline, bool french)
    {
        var first = c.First;
        var last = c.Last;
        var firstWord = tokens[first].In(text);
        var single = c.Count == 1;
        if (dateline is not null && text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start).Equals(dateline, StringComparison.OrdinalIgnoreCase))
        {
            return EntityKind.Place;
        }

        if (TitleBefore(text, tokens, first))
        {
            return EntityKind.Person;
        }

        // "place de la République": a head noun makes a place even of a word that names nothing alone.
        if (PlaceHeadBefore(text, tokens, c))
        {
            // "en gare SNCF de Bollène": a known organisation's acronym after the head noun is the operator, not the place.
            if (single && IsAcronym(firstWord) && rules.Organisations.LongestAt(text, tokens, first) == 1)
            {
                c.MentionFirst = first;
                return EntityKind.Organisation;
            }

            return EntityKind.Place;
        }

        // "les Italiens" are people of a country, not a place or a person's name.
        if (single && rules.Demonyms.Contains(firstWord) && rules.Organisations.LongestAt(text, tokens, first) == 0 && rules.Places.LongestAt(text, tokens, first) == 0)
        {
            return null;
        }

        // "ministère de la Justice": an institution's head noun names even a word that names nothing alone.
        if (single && rules.NotNames.Contains(firstWord) && InstitutionBefore(text, tokens, c))
        {
            return EntityKind.Organisation;
        }

        // "Angela Merkel, Chancelière allemande", "Thierry Mallet, PDG de Transdev": a role alone names nobody.
        if (rules.Roles.LongestAt(text, tokens, first) == c.Count && !TitleBefore(text, tokens, first))
        {
            return null;
        }

        // "Steam VR", like "Steam": a product's name and a word after it name the product, not a person.
        var product = rules.Products.LongestAt(text, tokens, first);
        if ((product > 0 && (product == c.Count || (!rules.IsFirstName(firstWord) && !rules.PersonNames.Contains(tokens[first + product].In(text)))))
            || (single && (rules.NotNames.Contains(firstWord) || rules.CommonAcronyms.Contains(firstWord))))
        {
            return null;
        }

        if (rules.Organisations.LongestAt(text, tokens, first) == 0 && ThingCueBefore(text, tokens, first))
        {
            c.Thing = true;
            return null;
        }

        // French writes months and days in lower case: a capitalised "Mars" inside a sentence is the planet.
        if (single && rules.Calendar.Contains(firstWord) && (tokens[first].SentenceStart || !french))
        {
            return null;
        }

        if (single && tokens[first].SentenceStart && rules.IsCommonWord(firstWord))
        {
            return null;
        }

        if (single && IsRoad(firstWord))
        {
            return EntityKind.Place;
        }

        var knownOrganisation = rules.Organisations.LongestAt(text, tokens, first);
        var knownPlace = rules.Places.LongestAt(text, tokens, first);
        if (single && knownOrganisation == 0 && knownPlace == 0 && IsHyphenPair(firstWord))
        {
            c.HyphenPair = true;
            return EntityKind.Organisation;
        }

        if (InstitutionBefore(text, tokens, c))
        {
            return EntityKind.Organisation;
        }

        if (knownOrganisation == c.Count && knownOrganisation >= knownPlace)
        {
            // "le ministre de l'Intérieur du Gabon": after a role the known office takes in its country as any office does.
            if (RoleOfBefore(text, tokens, first))
            {
                c.MentionLast = CountryOfOfficeEnd(text, tokens, c.Last);
            }

            return EntityKind.Organisation;
        }

        // "Ubisoft Annecy", "Havas France", "Google Suisse": a known company and a known place after it is its branch there.
        if (knownOrganisation > 0 && knownOrganisation < c.Count && tokens[first + knownOrganisation].Capitalised
            && rules.Places.LongestAt(text, tokens, first + knownOrganisation) == c.Count - knownOrganisation)
        {
            return EntityKind.Organisation;
        }

        // "l'affaire Cahuzac", "le gouvernement Valls", "l'administration Trump": the one name after such a noun is a person's.
        if (single && knownOrganisation == 0 && first > 0 && IsLowerWord(text, tokens[first - 1]) && rules.PersonCues.Contains(tokens[first - 1].In(text))
            && !rules.IsCommonWord(firstWord) && !rules.Demonyms.Contains(firstWord) && rules.Countries.LongestAt(text, tokens, first) == 0 && !IsAcronym(firstWord))
        {
            return EntityKind.Person;
        }

        // "le Premier ministre Valls", "le président Valmont": right after a role a town's name is somebody's (a
        // country's is not: "représentant Cuba").
        if (knownPlace == c.Count && knownOrganisation == 0 && RoleEndingBefore(text, tokens, first) && !rules.Demonyms.Contains(firstWord)
            && rules.Countries.LongestAt(text, tokens, first) == 0)
        {
            return EntityKind.Person;
        }

        // "la boutique Orange", "le groupe Lyonnaise": right after an organisation noun a town's name is the body's (a
        // country's is not: "l'équipe France").
        if (knownPlace == c.Count && knownOrganisation == 0 && first > 0 && IsLowerWord(text, tokens[first - 1]) && rules.OrganisationCues.Contains(tokens[first - 1].In(text))
            && rules.Countries.LongestAt(text, tokens, first) == 0)
        {
            return EntityKind.Organisation;
        }

        // "leurs enfants Charlotte, 18 ans": a first name with an age in apposition is someone, whatever town shares it.
        if (knownPlace == c.Count && rules.IsFirstName(firstWord) && AgeAfter(text, tokens, last))
        {
            return EntityKind.Person;
        }

        if (knownPlace == c.Count)
        {
            PlaceCueBefore(text, tokens, c);
            return EntityKind.Place;
        }

        if (c.OfRole)
        {
            c.MentionLast = OfficeEnd(text, tokens, c.First, c.Last);
            return EntityKind.Organisation;
        }

        // "le maire UDE", "la sénatrice EELV": an acronym right after a role is the holder's party, not the holder.
        if (single && !c.RoleTrimmed && IsAcronym(firstWord) && !IsCode(firstWord) && RoleEndingBefore(text, tokens, first))
        {
            return EntityKind.Organisation;
        }

        if (c.RoleTrimmed || RoleBefore(text, tokens, first) || AgeAfter(text, tokens, last))
        {
            return EntityKind.Person;
        }

        // "l'animatrice de télévision Julie Snyder": a first name outweighs the organisation cue before it.
        if (!single && rules.IsFirstName(firstWord) && !rules.OrganisationWords.Contains(tokens[last].In(text)))
        {
            return EntityKind.Person;
        }

        // "le groupe A", "l'équipe B.": one letter after such a noun names a pool or a side, not a body.
        if ((OrganisationCueBefore(text, tokens, first) || OrganisationCueAfter(text, tokens, last)) && !(single && IsLoneLetter(firstWord)))
        {
            return EntityKind.Organisation;
        }

        if (!single && ((rules.OrganisationWords.Contains(firstWord) && tokens[last].Length > 1) || (rules.OrganisationWords.Contains(tokens[last].In(text)) && tokens[first].Length > 1)))
        {
            return EntityKind.Organisation;
        }

        if (!single && rules.PlaceWords.Contains(tokens[last].In(text)))
        {
            return EntityKind.Place;
        }

        if (!single && rules.PlaceCues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(firstWord, out var isHead) && isHead)
        {
            return EntityKind.Place;
        }

        if (!single && rules.IsFirstName(firstWord))
        {
            return EntityKind.Person;
        }

        if (PlaceCueBefore(text, tokens, c))
        {
            c.WeakPlace = true;
            return EntityKind.Place;
        }

        // "Highways England a dit", "Havas France a annoncé": a name that ends on a known place is a body or a branch
        // there, not a person who speaks (first names were tried above: "Anatole France").
        if (!single && knownOrganisation == 0 && knownPlace == 0 && tokens[last].Capitalised && rules.Places.LongestAt(text, tokens, last) == 1
            && !rules.Particles.Contains(tokens[last - 1].In(text)) && !rules.PersonNames.Contains(firstWord)
            && (SpeechVerbAfter(text, tokens, last) || SpeechVerbBefore(text, tokens, first) || AppositionAfter(text, tokens, last)))
        {
            return EntityKind.Organisation;
        }

        // A lone word next to a speech verb may be a company as well ("Niantic a annoncé"): it needs more evidence.
        if (!single && (SpeechVerbAfter(text, tokens, last) || SpeechVerbBefore(text, tokens, first) || AppositionAfter(text, tokens, last)))
        {
            return EntityKind.Person;
        }

        if (single && !rules.IsCommonWord(firstWord) && AppositionAfter(text, tokens, last))
        {
            return EntityKind.Person;
        }

        // "Niantic a annoncé", "selon Enedis": a lone unknown word speaking is a company unless the article names such
        // a person.
        // After the verb ("a déclaré Szydło", "a annoncé Erdoğan") French inverts a speaker's name, rarely a company's.
        if (single && !rules.IsCommonWord(firstWord) && (SpeechVerbAfter(text, tokens, last) || SpeechVerbBefore(text, tokens, first) || SourceBefore(text, tokens, first)))
        {
            c.Fallback = rules.PersonNames.Contains(firstWord) || SpeechVerbBefore(text, tokens, first) ? EntityKind.Person : EntityKind.Organisation;
        }

        // "la veuve de Kilbec", "l'avocat d'Abdeslam", "l'entourage de Fillon": after a tie between people and a bare "de", an
        // unknown name is a person's.
        if (knownOrganisation == 0 && knownPlace == 0 && PersonalTieBefore(text, tokens, first) && !IsAcronym(firstWord) && NoCommonWord(text, tokens, c))
        {
            return EntityKind.Person;
        }

        if (RoleOfBefore(text, tokens, first))
        {
            // "la conseillère de Trump", "le porte-parole d'Obama": a known person's name after a bare "de" is whose adviser.
            if (single && knownOrganisation == 0 && knownPlace == 0 && rules.PersonNames.Contains(firstWord) && !IsAcronym(firstWord)
                && tokens[first - 1].In(text) is "de" or "d'" or "d’")
            {
                return EntityKind.Person;
            }

            // "le maire de Yamachiche", "la députée de Batley": a territorial office is held in a place.
            if (knownPlace == 0 && knownOrganisation == 0 && TerritorialRoleOfBefore(text, tokens, first))
            {
                return EntityKind.Place;
            }

            c.MentionLast = OfficeEnd(text, tokens, c.First, c.Last);
            return EntityKind.Organisation;
        }

        // "UZ224", "UTC-5", "H7N9", "GBU-43": codes name objects, times and viruses, not organisations ("COP21", "M5S" do).
        if (single && IsAcronym(firstWord) && !IsCode(firstWord))
        {
            // "le plan NOVI", "un missile SCUD", "les blindés VBRG": an acronym after a noun of a plan, a system or a weapon
            // names that thing.
            if (knownOrganisation == 0 && first > 0 && IsLowerWord(text, tokens[first - 1]) && rules.AcronymThingCues.Contains(tokens[first - 1].In(text)))
            {
                c.Thing = true;
                return null;
            }

            return knownOrganisation == 0 && NumberBeside(text, tokens, first) ? null : EntityKind.Organisation;
        }

        // "à Kuskokwim": after "à" an unknown name is most often a town, but only weakly, and not a known person's
        // name ("d'Obama").
        if (single && c.Fallback is null && knownOrganisation == 0 && PlacePrepositionBefore(text, tokens, first) && NoCommonWord(text, tokens, c) && !rules.PersonNames.Contains(firstWord) && !rules.FirstNames.Contains(firstWord))
        {
            c.Fallback = EntityKind.Place;
            return null;
        }

        // "Grande Bretagne", "Deir Ezzor": unknown words after a place's first word are no guess for a person.
        if (!single && rules.PlaceFirstWords.Contains(firstWord))
        {
            return null;
        }

        // "Ubisoft Annecy", "Havas France", "Highways England": an unknown name before a known place is a company's or
        // a club's branch there, not a person (first names were tried above), but only weakly.
        if (!single && c.Count <= 4 && knownOrganisation == 0 && knownPlace == 0 && !rules.PersonNames.Contains(firstWord)
            && tokens[last].Capitalised && rules.Places.LongestAt(text, tokens, last) == 1 && !rules.Particles.Contains(tokens[last - 1].In(text)))
        {
            c.Fallback = EntityKind.Organisation;
            return null;
        }

        // Capitalised words that are no common words are most often a person's name, but only weakly: the same
        // words proved to be something else elsewhere in the article win.
        // "Nancy Reagan", "Florence Foresti": a first word shared with a town still starts a person's name when every word
        // is a known person's name.
        if (!single && c.Count <= 4 && NoCommonWord(text, tokens, c) && knownOrganisation == 0 && (knownPlace == 0 || (knownPlace < c.Count && PersonNamesOnly(text, tokens, c))))
        {
            c.Fallback = EntityKind.Person;
        }

        // "le Copper Basin", "les Imbonerakure", "la Voie Lactée": French gives a person's name no article, so a guess
        // of a person after one is dropped (not for a first name: "la petite Léa" is found below).
        // "La Guillotière", "Les Gaspards": a name that opens on a feminine or plural article is a place's or a work's;
        // of the articles only "Le" opens surnames ("Le Pen", "Le Drian").
        if (c.Fallback == EntityKind.Person && ((ArticleBefore(text, tokens, first) && !rules.IsFirstName(firstWord)) || firstWord is "La" or "Les" or "L'" or "L’"))
        {
            c.Fallback = null;
        }

        // "la disparition de Léa", "le jeune Yoann": a lone first name is someone called so, but only weakly, and not
        // right after a noun that names a thing after it ("la tempête Kurt", "la fusée Ariane", "l'album Faith").
        // "L'Hermione", "la Marianne" right after the article name a ship or a statue ("la petite Léa" is someone).
        if (single && c.Fallback is null && knownOrganisation == 0 && rules.FirstNames.Contains(firstWord) && !rules.IsCommonWord(firstWord)
            && !NounBefore(text, tokens, first) && !ArticleBefore(text, tokens, first))
        {
            c.Fallback = EntityKind.Person;
        }

        return null;
    }
}
