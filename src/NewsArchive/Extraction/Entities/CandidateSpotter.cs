using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Finds runs of capitalised words that may be names: the longest gazetteer phrase where one starts, else a run
/// of capitalised words joined by name particles ("Thomas de Maizière", "Corée du Nord"). Titles ("M.", "Mme")
/// break runs; sentence-initial function words ("Le", "Selon") and leading roles ("Président") are trimmed.
/// </summary>
internal sealed class CandidateSpotter(EntityRules rules)
{
    public List<Candidate> Spot(string text, List<Token> tokens)
    {
        var found = new List<Candidate>();
        var i = 0;
        while (i < tokens.Count)
        {
            // "L'Humanité", "L'Opinion": a title's capitalised article belongs to it, as "Le" does in "Le Monde"; so does
            // a leading number ("21st Century Fox", "20 Minutes").
            if ((tokens[i].In(text) is "L'" or "L’" || char.IsAsciiDigit(text[tokens[i].Start])) && i + 1 < tokens.Count && tokens[i + 1].Capitalised
                && rules.Organisations.LongestAt(text, tokens, i) is var title && title > 1)
            {
                found.Add(new Candidate(i, i + title - 1) { Kind = EntityKind.Organisation });
                i += title;
                continue;
            }

            if (!IsNameWord(text, tokens[i]))
            {
                i = SpotLowerCase(text, tokens, i, found);
                continue;
            }

            // "la RN 79", "la RD 680": a road and its number.
            if (tokens[i].In(text) is "RN" or "RD" && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number)
            {
                found.Add(new Candidate(i, i + 1) { Kind = EntityKind.Place });
                i += 2;
                continue;
            }

            var last = RunEnd(text, tokens, i);
            // "Dreuz.info", "Le Monde.fr": a name written as a web address is the outlet, unless a product's ("Identi.ca").
            var site = i < last && tokens[i].SentenceStart && rules.StopWords.Contains(tokens[i].In(text)) && rules.Organisations.LongestAt(text, tokens, i) == 0 ? i + 1 : i;
            if ((last == site || rules.Organisations.LongestAt(text, tokens, site) == last - site + 1) && IsDomainAfter(text, tokens, last)
                && rules.Products.LongestAt(text, tokens, site) == 0)
            {
                found.Add(new Candidate(site, last + 2) { Kind = EntityKind.Organisation });
                i = last + 3;
                continue;
            }

            // "au Parisien", "du Canard enchaîné": the article of "Le Parisien" is inside "au" and "du".
            var contracted = i > 0 && tokens[i - 1].In(text) is "du" or "au" or "aux" or "des" ? rules.OrganisationsWithoutArticle.LongestAt(text, tokens, i) : 0;
            if (contracted > 0 && i + contracted - 1 >= last)
            {
                found.Add(new Candidate(i, i + contracted - 1) { Kind = EntityKind.Organisation });
                i += contracted;
                continue;
            }

            var known = Math.Max(rules.Organisations.LongestAt(text, tokens, i), rules.Places.LongestAt(text, tokens, i));
            // "la Catalogne Carles Puigdemont", "U.S. President Donald Trump": a known name followed by someone's name
            // or by a role is two names.
            // "un Airbus A319", "un Mitsubishi MU-2B-60": the maker of a model named by a code is an organisation mention.
            if (rules.Organisations.LongestAt(text, tokens, i) is var maker && maker > 0 && i + maker <= last && CodesOnly(text, tokens, i + maker, last))
            {
                found.Add(new Candidate(i, i + maker - 1) { Kind = EntityKind.Organisation });
                i = last + 1;
                continue;
            }

            // "l'ISU Challenger Series": a known name before the last word of an event is the event's, not a name of its own.
            if (known > 0 && (i + known - 1 >= last || (last - i - known >= 1 && !rules.FirstNames.Contains(tokens[i].In(text)) && !rules.EventLastWords.Contains(tokens[last].In(text))
                && (rules.PersonNames.Contains(tokens[i + known].In(text)) || rules.Roles.LongestAt(text, tokens, i + known) > 0
                    || (last - i - known >= 1 && NamesOnly(text, tokens, i + known, last))))))
            {
                // "Assemblée nationale populaire", "Conseil de sécurité des Nations unies": a known organisation goes on too.
                var end = i + known - 1;
                if (rules.OrganisationWords.Contains(tokens[i].In(text)) && rules.Organisations.LongestAt(text, tokens, i) == known)
                {
                    end = ExtendOrganisation(text, tokens, i, end);
                }

                found.Add(new Candidate(i, end) { Kind = end > i + known - 1 ? EntityKind.Organisation : null });
                i = end + 1;
                continue;
            }

            // "le Drugstore Publicis", "le Trophée NHK": capitalised common nouns before a known organisation that ends
            // the run name a place or an event of it; the organisation is a mention of its own.
            if (KnownOrganisationAtEnd(text, tokens, i, last) is var tail && tail > i)
            {
                found.Add(new Candidate(i, tail - 1));
                found.Add(new Candidate(tail, last) { Kind = EntityKind.Organisation });
                i = last + 1;
                continue;
            }

            var (first, roleTrimmed, ofRole) = Trim(text, tokens, i, last);
            var split = SplitAtFirstName(text, tokens, first, last);
            if (split > last && rules.OrganisationWords.Contains(tokens[first].In(text)) && ExtendOrganisation(text, tokens, first, last) is var extended && extended > last)
            {
                found.Add(new Candidate(first, extended) { Kind = EntityKind.Organisation });
                i = extended + 1;
                continue;
            }

            found.Add(new Candidate(first, split - 1) { RoleTrimmed = roleTrimmed, OfRole = ofRole });
            if (split <= last)
            {
                found.Add(new Candidate(split, last));
            }

            i = last + 1;
        }

        return found;
    }

    // "gilets jaunes", "armée syrienne": organisations in lower case. Returns the next token to look at.
    private int SpotLowerCase(string text, List<Token> tokens, int i, List<Candidate> found)
    {
        if (!tokens[i].IsWord)
        {
            return i + 1;
        }

        var known = rules.LowerCaseOrganisations.LongestAt(text, tokens, i);
        if (known > 0)
        {
            found.Add(new Candidate(i, i + known - 1) { Kind = EntityKind.Organisation });
            return i + known;
        }

        if (i + 1 < tokens.Count && rules.InstitutionsWithDemonym.Contains(tokens[i].In(text)) && tokens[i + 1].IsWord
            && !tokens[i + 1].Capitalised && rules.Demonyms.Contains(tokens[i + 1].In(text)))
        {
            found.Add(new Candidate(i, i + 1) { Kind = EntityKind.Organisation });
            return i + 2;
        }

        return i + 1;
    }

    // The first token of a known organisation that ends the run after common nouns only, or -1.
    private int KnownOrganisationAtEnd(string text, List<Token> tokens, int first, int last)
    {
        if (last == first || rules.OrganisationWords.Contains(tokens[first].In(text)))
        {
            return -1;
        }

        for (var k = first + 1; k <= last; k++)
        {
            var word = tokens[k - 1].In(text);
            if (!tokens[k - 1].IsWord || !rules.IsCommonWord(word) || rules.StopWords.Contains(word) || rules.PersonNames.Contains(word) || rules.Roles.LongestAt(text, tokens, k - 1) > 0
                || rules.Events.LongestAt(text, tokens, k - 1) > 0 || rules.PlaceCues.ContainsKey(word.ToString()))
            {
                return -1;
            }

            if (rules.Organisations.LongestAt(text, tokens, k) == last - k + 1)
            {
                return k;
            }
        }

        return -1;
    }

    // ".fr", ".com", ".info" written right after the name, with no space on either side of the dot.
    private static bool IsDomainAfter(string text, List<Token> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].Start == tokens[last].End && tokens[last + 2].Start == tokens[last + 1].End
        && tokens[last + 1].In(text) is "." && tokens[last + 2].In(text) is "fr" or "com" or "org" or "net" or "info" or "eu" or "be" or "ch" or "ca" or "ru" or "de" or "uk" or "io" or "tv"
        && (last + 3 >= tokens.Count || tokens[last + 3].Start > tokens[last + 2].End || !tokens[last + 3].IsWord);

    // Model codes: every token holds a digit ("A319", "MU-2B-60", "737").
    private static bool CodesOnly(string text, List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].In(text).IndexOfAnyInRange('0', '9') < 0)
            {
                return false;
            }
        }

        return true;
    }

    // Words that can only be names: no common word, particle or organisation word among them.
    private bool NamesOnly(string text, List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var word = tokens[k].In(text);
            if (rules.IsCommonWord(word) || rules.Particles.Contains(word) || rules.OrganisationWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsNameWord(string text, Token token) =>
        token.IsWord && (token.Capitalised || IsArabicArticleName(token.In(text))) && !IsElision(text, token) && !rules.Titles.Contains(token.In(text));

    // "L'" at a sentence start is an article, not the start of a name.
    private static bool IsElision(string text, Token token) => text[token.End - 1] is '\'' or '’';

    // "al-Jaber", "el-Sissi", "ad-Dawla": the article is lower case, the name after its hyphen is not.
    private static bool IsArabicArticleName(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[0] is 'a' or 'e' && word.IndexOf('-') is 2 or 3 && word.IndexOf('-') + 1 < word.Length
        && char.IsUpper(word[word.IndexOf('-') + 1]) && word[..word.IndexOf('-')] is "al" or "el" or "ad" or "ar" or "as" or "ash" or "an" or "at" or "az";

    private int RunEnd(string text, List<Token> tokens, int first)
    {
        var last = first;
        while (true)
        {
            var next = last + 1;
            // "Commission de l'Union africaine Moussa Faki": a known name taken whole up to a lower-case word ends the run.
            if (next < tokens.Count && IsNameWord(text, tokens[next]) && Adjacent(text, tokens[last], tokens[next]) && (tokens[last].Capitalised || last == first))
            {
                last = next;
                continue;
            }

            // "John M. Kosterlitz": between a first name and another capitalised word, "M." is a middle initial, not "Monsieur".
            if (next + 1 < tokens.Count && tokens[next].In(text) is "M." && rules.IsFirstName(tokens[last].In(text)) && IsNameWord(text, tokens[next + 1])
                && Adjacent(text, tokens[last], tokens[next + 1]))
            {
                last = next + 1;
                continue;
            }

            // Up to two particles between capitalised words: "de", "de la", "d'", "van der".
            var k = next;
            while (k < tokens.Count && k - next < 2 && tokens[k].IsWord && !tokens[k].Capitalised && rules.Particles.Contains(tokens[k].In(text)))
            {
                k++;
            }

            // "Jair Bolsonaro du Parti Social Libéral", "l'île d'Ouessant de François de Rugy" are two names: a particle
            // does not lead into an organisation word or a first name.
            // "la SDJ d'I-Télé", "Mars de la NASA": an acronym on either side of the particle is a name of its own,
            // unless an organisation's head word leads ("Fédération des syndicats de la CGT").
            var acronymSide = k > next && k < tokens.Count && (CandidateClassifier.IsAcronym(tokens[last].In(text)) || CandidateClassifier.IsAcronym(tokens[k].In(text)))
                && !rules.OrganisationWords.Contains(tokens[first].In(text));
            if (k > next && k < tokens.Count && !acronymSide && IsNameWord(text, tokens[k]) && !StartsKnownPlace(text, tokens, first, k)
                && !PersonThenOf(text, tokens, first, last, next, k)
                && !(rules.OrganisationWords.Contains(tokens[k].In(text)) && !rules.OrganisationWords.Contains(tokens[first].In(text)))
                && !rules.FirstNames.Contains(tokens[k].In(text)))
            {
                last = k;
                // "Opération des Nations unies": a known organisation after the particle is taken whole.
                if (rules.OrganisationWords.Contains(tokens[first].In(text)) || (first + 1 < k && tokens[first].SentenceStart && rules.OrganisationWords.Contains(tokens[first + 1].In(text))))
                {
                    last = Math.Max(last, k + rules.Organisations.LongestAt(text, tokens, k) - 1);
                }

                continue;
            }

            return last;
        }
    }

    // "Romelu Lukaku de l'Everton FC", "Lionel Messi de Neymar": after a first name and a surname, "de" leads to where
    // the person plays or works, or to whom they belong; only the elided "d'" goes on a surname ("Valéry Giscard d'Estaing").
    // "Romelu Lukaku de l'Everton FC": without a known first name, a known club or company after "de" tells as much.
    private bool PersonThenOf(string text, List<Token> tokens, int first, int last, int particle, int after)
    {
        var organisationAfter = rules.Organisations.LongestAt(text, tokens, after) > 0
            || (after + 1 < tokens.Count && tokens[after + 1].Capitalised && rules.OrganisationWords.Contains(tokens[after + 1].In(text)));
        if (last - first < 1 || !(rules.IsFirstName(tokens[first].In(text)) || organisationAfter) || tokens[particle].In(text) is not ("de" or "du" or "des"))
        {
            return false;
        }

        // "Marc Ladreit de Lacharrière", "Yves Pozzo di Borgo": a bare "de" before a word that names no organisation, place or
        // first name is the particle of a double surname.
        if (!organisationAfter && after == particle + 1 && tokens[particle].In(text) is "de" && last - first == 1
            && rules.Places.LongestAt(text, tokens, after) == 0 && !rules.IsFirstName(tokens[after].In(text)) && !CandidateClassifier.IsAcronym(tokens[after].In(text))
            && !rules.IsCommonWord(tokens[after].In(text)))
        {
            return false;
        }

        for (var k = first + 1; k <= last; k++)
        {
            if (!tokens[k].Capitalised || rules.OrganisationWords.Contains(tokens[k].In(text)))
            {
                return false;
            }
        }

        return true;
    }

    // Two capitalised words on either side of a line break or punctuation are two names.
    private static bool Adjacent(string text, Token left, Token right)
    {
        for (var p = left.End; p < right.Start; p++)
        {
            if (text[p] is '\n')
            {
                return false;
            }
        }

        return true;
    }

    // "Ishiba de Tokyo" is two names; "Grande Mosquée de Valence" and "Corée du Nord" are one (head word or no known place).
    private bool StartsKnownPlace(string text, List<Token> tokens, int first, int at)
    {
        // "Pierre de Villiers": after a lone first name the particle is part of a surname, whatever it names.
        if (rules.Places.LongestAt(text, tokens, at) == 0 || (at - first <= 2 && rules.FirstNames.Contains(tokens[first].In(text)) && !rules.Places.Contains(text, tokens, first)))
        {
            return false;
        }

        for (var k = first; k < at; k++)
        {
            if (rules.OrganisationWords.Contains(tokens[k].In(text)))
            {
                return false;
            }
        }

        return true;
    }

    // "Commission européenne", "Forces armées révolutionnaires de Colombie", "Congrégation pour la doctrine de la
    // foi": after an organisation word the name goes on over adjectives and "de" + noun. Returns the new last token.
    private int ExtendOrganisation(string text, List<Token> tokens, int first, int last)
    {
        const int MaxExtra = 8;
        var k = last + 1;
        var end = last;
        // "Institut de Surveillance": the name went over "de" already.
        var reachedOverParticle = IsParticle(text, tokens, last - 1);
        while (k < tokens.Count && k - last <= MaxExtra && tokens[k].IsWord)
        {
            var word = tokens[k].In(text);
            // "Forces démocratiques syriennes appuyées par …": a participle before "par" opens a clause about the name.
            // "l'Union européenne imposant la liquidation": a present participle before its object opens a clause too.
            if (!tokens[k].Capitalised && IsModifier(word) && !rules.StopWords.Contains(word) && !rules.SpeechVerbs.Contains(word)
                && !(k + 1 < tokens.Count && tokens[k + 1].In(text) is "par")
                && !(word.EndsWith("ant") && k + 1 < tokens.Count && tokens[k + 1].In(text) is "la" or "le" or "les" or "l'" or "l’" or "un" or "une" or "des" or "son" or "sa" or "ses" or "leur" or "leurs"))
            {
                end = k++;
                continue;
            }

            // "Mission de l'Union africaine en Somalie": a known place after "en" or "au" ends such a name.
            if (word is "en" or "au" or "aux" && rules.LocatedOrganisationWords.Contains(tokens[first].In(text)) && k + 1 < tokens.Count
                && tokens[k + 1].Capitalised && rules.Places.LongestAt(text, tokens, k + 1) is var place && place > 0)
            {
                end = k + place;
                break;
            }

            // "Parti de la justice et du développement", "Brigade de Recherche et d'Intervention": after a noun reached
            // over "de", "et de" joins a second one (not "et la France", nor "et homme d'affaires").
            var joined = word is "et" && reachedOverParticle && k + 1 < tokens.Count && tokens[k + 1].IsWord
                && !tokens[k + 1].Capitalised && rules.Particles.Contains(tokens[k + 1].In(text)) && tokens[k + 1].In(text) is not ("la" or "l'" or "l’")
                && Adjacent(text, tokens[end], tokens[k]);

            // "Direction des examens et concours": after a lower-case plural noun reached over "de", "et" and a second
            // plural noun name one body (not a role: "et président du club").
            if (word is "et" && reachedOverParticle && k + 1 < tokens.Count && IsPluralNounAfterEt(text, tokens, end, k + 1))
            {
                end = k + 1;
                k += 2;
                continue;
            }

            // "l'Union européenne imposant la liquidation": a bare article after the name opens a clause, not a complement.
            if (!joined && word is "la" or "le" or "les" or "l'" or "l’")
            {
                break;
            }

            // "de", "de la", "pour", "pour le": "Centre pour le dialogue humanitaire"; "aux" before a lower-case noun:
            // "Haut-Commissariat des Nations unies aux droits de l'homme" (not before a name: "l'ONU aux États-Unis").
            var p = joined ? k + 1 : k;
            while (p < tokens.Count && p - k < 3 && tokens[p].IsWord && !tokens[p].Capitalised
                && (rules.Particles.Contains(tokens[p].In(text)) || tokens[p].In(text) is "pour" || (p > k && tokens[p - 1].In(text) is "pour" && tokens[p].In(text) is "le" or "les")
                    || (p == k && word is "aux" && p + 1 < tokens.Count && tokens[p + 1].IsWord && !tokens[p + 1].Capitalised)))
            {
                p++;
            }

            if (p == k || (joined && p == k + 1) || p >= tokens.Count || !tokens[p].IsWord)
            {
                break;
            }

            // After "et de" the same case as before: "Brigade de Recherche et d'Intervention", but "Parti de la justice
            // et des Nations unies" starts another name.
            // "du Sénat et de l'Assemblée nationale": two known bodies joined by "et" are two names.
            if (joined && (tokens[p].Capitalised != tokens[end].Capitalised || rules.Organisations.LongestAt(text, tokens, p) > 0))
            {
                break;
            }

            var next = tokens[p].In(text);
            if (tokens[p].Capitalised && !rules.Titles.Contains(next))
            {
                // "des Nations unies", "de la République démocratique du Congo": a known name is taken whole.
                var known = Math.Max(rules.Organisations.LongestAt(text, tokens, p), rules.Places.LongestAt(text, tokens, p));
                end = Math.Max(RunEnd(text, tokens, p), p + known - 1);
                k = end + 1;
                reachedOverParticle = true;
            }
            // "le Conseil européen de la valider", "l'ONU pour tenter de": "de" or "pour" + verb is no part of the name.
            // "l'Union européenne pour le mois de novembre": a time is when, not part of the name.
            // "la Cour suprême du pays", "la Confédération de football de la région": a noun that points back at a
            // place named before is no part of the name.
            else if (!tokens[p].Capitalised && !rules.Infinitives.Contains(next) && !IsTimeWord(next) && !IsDeicticPlaceNoun(next) && (rules.IsCommonWord(next) || rules.IsAdjective(next)) && !rules.StopWords.Contains(next) && !rules.SpeechVerbs.Contains(next))
            {
                end = p;
                k = p + 1;
                reachedOverParticle = true;
                continue;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private bool IsPluralNounAfterEt(string text, List<Token> tokens, int before, int at)
    {
        var left = tokens[before].In(text);
        var right = tokens[at].In(text);
        return tokens[before].IsWord && !tokens[before].Capitalised && tokens[at].IsWord && !tokens[at].Capitalised && Adjacent(text, tokens[before], tokens[at])
            && left.Length > 3 && left[^1] is 's' or 'x' && right.Length > 3 && right[^1] is 's' or 'x'
            && rules.IsCommonWord(right) && !rules.StopWords.Contains(right) && !rules.Infinitives.Contains(right) && rules.Roles.LongestAt(text, tokens, at) == 0
            && !rules.SpeechVerbs.Contains(right);
    }

    private bool HasParticle(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsParticle(text, tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsParticle(string text, List<Token> tokens, int k) =>
        k >= 0 && tokens[k].IsWord && !tokens[k].Capitalised && rules.Particles.Contains(tokens[k].In(text));

    private static bool IsDeicticPlaceNoun(ReadOnlySpan<char> word) =>
        word is "pays" or "région" or "ville" or "capitale" or "commune" or "territoire" or "province" or "département" or "continent" or "quartier" or "localité";

    private bool IsTimeWord(ReadOnlySpan<char> word) =>
        rules.Calendar.Contains(word) || word is "mois" or "semaine" or "semaines" or "année" or "années" or "an" or "ans" or "jour" or "jours" or "soir" or "matin" or "week-end" or "nuit";

    // An adjective, also hyphenated ("inter-américaine", "libéral-démocrate"), or a past participle ("Forces armées").
    private bool IsModifier(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        var last = hyphen > 0 ? word[(hyphen + 1)..] : word;
        return rules.IsAdjective(last) || (last.Length > 4 && char.IsLower(last[0]) && (last.EndsWith("é") || last.EndsWith("ée") || last.EndsWith("és") || last.EndsWith("ées")));
    }

    // "les ministres de François Hollande Arnaud Montebourg", "ministre de l'Intérieur Matthias Fekl": a first name
    // after a word that is no first name starts another name.
    private int SplitAtFirstName(string text, List<Token> tokens, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            var left = tokens[first].In(text);
            // "Sheikha Ahmed al-Mahmoud", "Abou Mohammed al-Adnani": an unknown word before a first name is a name too.
            // "ministre de la Justice Jean-Jacques Urvoas": after "role de" a common word is the office, even one that
            // is somebody's name too.
            var leftIsName = k - first >= 2 ? rules.FirstNames.Contains(left)
                : !rules.FirstNames.Contains(left) && (!rules.PersonNames.Contains(left) || (rules.IsCommonWord(left) && AfterRoleOf(text, tokens, first)))
                    && (rules.IsCommonWord(left) || CandidateClassifier.IsAcronym(left) || rules.Places.Contains(text, tokens, first) || rules.Organisations.Contains(text, tokens, first));
            // "Federal Bureau of Investigation Andrew G. McCabe", "Commission de l'Union africaine Moussa Faki": an
            // organisation's name over a particle, then a first name and a surname, are two names.
            leftIsName |= k - first >= 2 && !rules.IsFirstName(left) && tokens[k - 1].Capitalised && tokens[k + 1].Capitalised
                && HasParticle(text, tokens, first, k) && rules.OrganisationWords.Contains(left);
            if (leftIsName && rules.IsFirstName(tokens[k].In(text))
                && !rules.Particles.Contains(tokens[k - 1].In(text)) && !rules.FirstNames.Contains(tokens[k - 1].In(text)))
            {
                return k;
            }
        }

        return last + 1;
    }

    // "ministre de la", "ministre chargée des": a role (and one word) and particles end right before the token.
    private bool AfterRoleOf(string text, List<Token> tokens, int first)
    {
        var p = first - 1;
        var particles = 0;
        while (p >= 0 && particles < 2 && tokens[p].IsWord && !tokens[p].Capitalised && rules.Particles.Contains(tokens[p].In(text)))
        {
            p--;
            particles++;
        }

        return particles > 0 && p >= 0 && tokens[p].IsWord
            && (rules.Roles.LongestEndingAt(text, tokens, p) > 0 || (p > 0 && !tokens[p].Capitalised && tokens[p - 1].IsWord && rules.Roles.LongestEndingAt(text, tokens, p - 1) > 0));
    }

    // "PDG de Transdev": a role and its particle trimmed from the front leave the organisation the role is held in.
    private (int First, bool RoleTrimmed, bool OfRole) Trim(string text, List<Token> tokens, int first, int last)
    {
        var roleTrimmed = false;
        var ofRole = false;
        while (first < last)
        {
            var word = tokens[first].In(text);
            // "Selon l'ONU": a sentence-initial function word, and the particle it leaves at the front.
            if ((tokens[first].SentenceStart && (rules.StopWords.Contains(word) || rules.Calendar.Contains(word)))
                || (!tokens[first].Capitalised && rules.Particles.Contains(word)))
            {
                ofRole = roleTrimmed && !tokens[first].Capitalised && rules.Particles.Contains(word);
                roleTrimmed &= !ofRole;
                first++;
            }
            // "Ironman Daniela Ryf": an event's name before a first name is where she won, not part of her name.
            else if (rules.Events.LongestAt(text, tokens, first) is var eventWords && eventWords > 0 && first + eventWords < last
                && rules.IsFirstName(tokens[first + eventWords].In(text)))
            {
                first += eventWords;
            }
            // "Premier Vice-président Gaston Sindimwo": an ordinal that names nothing alone goes with the role after it.
            else if (rules.NotNames.Contains(word) && first + 1 < last && rules.Roles.LongestAt(text, tokens, first + 1) is var ranked && ranked > 0 && first + 1 + ranked <= last)
            {
                first += 1 + ranked;
                roleTrimmed = true;
                ofRole = false;
            }
            else if (rules.Roles.LongestAt(text, tokens, first) is var role && role > 0 && first + role <= last)
            {
                first += role;
                roleTrimmed = true;
                ofRole = false;
            }
            else if (rules.Demonyms.Contains(word) && rules.Places.LongestAt(text, tokens, first) == 0)
            {
                first++;
                roleTrimmed = true;
                ofRole = false;
            }
            else
            {
                break;
            }
        }

        return (first, roleTrimmed, ofRole);
    }
}
