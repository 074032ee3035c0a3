using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Entities;

// The context tests the classifier reads: each looks at the tokens around a candidate for one kind of evidence.
internal sealed partial class CandidateClassifier
{
    private static readonly System.Buffers.SearchValues<char> RomanDigits = System.Buffers.SearchValues.Create("IVXLCDM");

    private bool TitleBefore(string text, List<Token> tokens, int first) =>
        first > 0 && tokens[first - 1].IsWord && rules.Titles.Contains(tokens[first - 1].In(text));

    // "le Premier ministre japonais Shigeru Ishiba", "l'ancien président américain Joe Biden", and with a comma
    // ("l'ex-première dame américaine, Nancy Reagan", "le porte-parole du gouvernement, Alain Dupont").
    private bool RoleBefore(string text, List<Token> tokens, int first) =>
        RoleEndingBefore(text, tokens, first)
        || (first > 2 && tokens[first - 1].In(text) is "," && (RoleEndingBefore(text, tokens, first - 1)
            || (IsLowerWord(text, tokens[first - 2]) && rules.Particles.Contains(tokens[first - 3].In(text)) && RoleEndingBefore(text, tokens, first - 3))));

    private bool RoleEndingBefore(string text, List<Token> tokens, int first)
    {
        var p = first - 1;
        var skipped = 0;
        while (p >= 0 && skipped < MaxSkipped && IsLowerWord(text, tokens[p]) && (rules.Demonyms.Contains(tokens[p].In(text)) || rules.Modifiers.Contains(tokens[p].In(text))))
        {
            if (rules.Roles.LongestEndingAt(text, tokens, p) > 0)
            {
                return true;
            }

            p--;
            skipped++;
        }

        return p >= 0 && tokens[p].IsWord && rules.Roles.LongestEndingAt(text, tokens, p) > 0;
    }

    // "du géant technologique japonais SoftBank", "le géant du cloud Oracle", "la chaîne TF1".
    private bool OrganisationCueBefore(string text, List<Token> tokens, int first)
    {
        var p = first - 1;
        // "le fils de Donald Trump" is no cue: a particle right before the name ends the search.
        if (p < 0 || !tokens[p].IsWord || rules.Particles.Contains(tokens[p].In(text)))
        {
            return false;
        }

        for (var skipped = 0; p >= 0 && skipped <= MaxSkipped; p--, skipped++)
        {
            var word = tokens[p].In(text);
            // "le groupe al-Qaïda Ayman al-Zawahiri": a name in lower case ("al-Qaïda") stands between, the cue is its.
            if (!IsLowerWord(text, tokens[p]) || word.IndexOfAnyInRange('A', 'Z') >= 0)
            {
                return false;
            }

            if (rules.OrganisationCues.Contains(word))
            {
                return true;
            }

            if (rules.StopWords.Contains(word) && !rules.Particles.Contains(word) || rules.SpeechVerbs.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    // "Amaq, l'agence de presse de l'organisation", "Conmebol, la Confédération sud-américaine", "Anatolie (une agence
    // pro-gouvernementale)": an apposition that opens on an organisation noun.
    private bool OrganisationCueAfter(string text, List<Token> tokens, int last)
    {
        var p = last + 1;
        if (p + 1 >= tokens.Count || tokens[p].In(text) is not ("," or "("))
        {
            return false;
        }

        p++;
        if (tokens[p].In(text) is "le" or "la" or "l'" or "l’" or "les" or "un" or "une" or "son" or "sa")
        {
            p++;
        }

        if (p < tokens.Count && tokens[p].IsWord && !tokens[p].Capitalised && rules.Demonyms.Contains(tokens[p].In(text)))
        {
            p++;
        }

        // "Confédération" is a cue capitalised too, but not at the start of a sentence.
        return p < tokens.Count && tokens[p].IsWord && !tokens[p].SentenceStart && rules.OrganisationCues.Contains(tokens[p].In(text));
    }

    // A number word ("dix") or an approximate number and "de" ("une trentaine de", "des centaines de") right before.
    private static bool CountedBefore(string text, List<Token> tokens, int first)
    {
        var p = first - 1;
        if (p < 0 || !tokens[p].IsWord)
        {
            return false;
        }

        var word = tokens[p].In(text);
        if (word is "deux" or "trois" or "quatre" or "cinq" or "six" or "sept" or "huit" or "neuf" or "dix" or "onze" or "douze" or "quinze" or "vingt" or "cent" or "mille")
        {
            return true;
        }

        if (word is not ("de" or "d'" or "d’") || p == 0)
        {
            return false;
        }

        var count = tokens[p - 1].In(text);
        return count.EndsWith("aine", StringComparison.Ordinal) || count.EndsWith("aines", StringComparison.Ordinal)
            || count is "millier" or "milliers";
    }

    private static bool PlacePrepositionBefore(string text, List<Token> tokens, int first) =>
        first > 0 && tokens[first - 1].IsWord && tokens[first - 1].In(text) is "à" or "À" or "de" or "d'" or "d’" or "en" or "vers" or "du" or "au";

    // "A7", "A41N", "N113", "E16": motorways, national and European roads.
    private static bool IsRoad(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 5 || word[0] is not ('A' or 'N' or 'E'))
        {
            return false;
        }

        var digits = word[^1] is >= 'A' and <= 'Z' ? word[1..^1] : word[1..];
        return digits.Length is >= 1 and <= 4 && digits.IndexOfAnyExceptInRange('0', '9') < 0;
    }

    // "ministère de l'Intérieur", "gouvernement du Qatar": the institution noun belongs to the mention.
    private bool InstitutionBefore(string text, List<Token> tokens, Candidate c)
    {
        var (p, particles) = SkipParticlesBack(text, tokens, c.First);

        // "université britannique de Sheffield": one demonym may stand between the noun and "de".
        if (particles > 0 && p > 0 && rules.Demonyms.Contains(tokens[p].In(text)) && !tokens[p].Capitalised)
        {
            p--;
        }

        var institution = p >= 0 && tokens[p].IsWord ? tokens[p].In(text) : [];
        var matches = particles > 0 ? rules.InstitutionsWithName.Contains(institution) : rules.InstitutionsBeforeName.Contains(institution);
        // "le gouvernement d'Édouard Philippe" is his, not a name; "le comité Adama", "le lycée Alexis de Tocqueville" are
        // named after someone.
        // "l'association Les Patriotes", but "l'association Médecins du monde": some nouns take in only a name not known
        // on its own.
        if (!matches && particles == 0 && rules.InstitutionsBeforeUnknownName.Contains(institution) && rules.Organisations.LongestAt(text, tokens, c.First) < c.Count)
        {
            matches = true;
        }

        // "dans un hôpital de Rome", "une université de Californie": after an indefinite article the noun is some body in
        // that place, not the name of one.
        if (!matches || (particles > 0 && rules.FirstNames.Contains(tokens[c.First].In(text)))
            || (particles > 0 && p > 0 && tokens[p - 1].In(text) is "un" or "une" or "Un" or "Une"))
        {
            return false;
        }

        c.MentionFirst = p;
        if (particles > 0)
        {
            c.MentionLast = JoinedOfficeEnd(text, tokens, InstitutionNameEnd(text, tokens, c.Last));
        }

        return true;
    }

    // "ministère de l'Éducation nationale", "ministère de la Défense autrichien": after "institution de Name" one
    // adjective still names the institution (not one that opens a phrase: "chargé de", "visé par", nor a verb).
    private int InstitutionNameEnd(string text, List<Token> tokens, int last)
    {
        var k = last + 1;
        if (k < tokens.Count && tokens[k].IsWord && !tokens[k].Capitalised && Adjacent(text, tokens[last], tokens[k])
            && (rules.Demonyms.Contains(tokens[k].In(text)) || (rules.IsAdjective(tokens[k].In(text)) && HasAdjectiveEnding(tokens[k].In(text))))
            && !rules.StopWords.Contains(tokens[k].In(text)) && !(k + 1 < tokens.Count && tokens[k + 1].In(text) is "de" or "d'" or "d’" or "par" or "à"))
        {
            return k;
        }

        return last;
    }

    // "ministère de l'Économie et des Finances", "ministre de la Culture et des Sports": one office of two names joined
    // by "et" and "de"; the second is one capitalised word.
    private int JoinedOfficeEnd(string text, List<Token> tokens, int last)
    {
        var k = last + 1;
        if (k + 2 >= tokens.Count || tokens[k].In(text) is not "et" || !tokens[last].Capitalised)
        {
            return last;
        }

        var p = k + 1;
        while (p < tokens.Count && p - k <= 2 && tokens[p].IsWord && !tokens[p].Capitalised && rules.Particles.Contains(tokens[p].In(text)))
        {
            p++;
        }

        // "la Culture et des Sports Miri Regev": the holder's name may follow an office that is a common noun.
        var joined = p > k + 1 && p < tokens.Count && tokens[p].IsWord && tokens[p].Capitalised && !tokens[p].SentenceStart
            && (p + 1 >= tokens.Count || !tokens[p + 1].Capitalised || rules.IsCommonWord(tokens[p].In(text)))
            && rules.Places.LongestAt(text, tokens, p) == 0 && !rules.IsFirstName(tokens[p].In(text));
        return joined ? p : last;
    }

    // The office after "ministre de": a known name taken whole ("Haut-Commissaire des Nations unies"), its adjectives
    // ("l'Éducation nationale", "des Affaires étrangères", "la Transition écologique et solidaire") and a second office
    // joined by "et de" ("la Culture et des Sports").
    private int OfficeEnd(string text, List<Token> tokens, int first, int last)
    {
        var end = Math.Max(last, first + rules.Organisations.LongestAt(text, tokens, first) - 1);
        var k = end + 1;
        while (k < tokens.Count && k - end <= 2 && tokens[k].IsWord && IsOfficeAdjective(text, tokens, k) && Adjacent(text, tokens[k - 1], tokens[k]))
        {
            end = k;
            // "écologique et solidaire": a second adjective joined by "et".
            k = k + 2 < tokens.Count && tokens[k + 1].In(text) is "et" && IsOfficeAdjective(text, tokens, k + 2) ? k + 2 : k + 1;
        }

        return CountryOfOfficeEnd(text, tokens, JoinedOfficeEnd(text, tokens, end));
    }

    // "ministre de l'Intérieur du Gabon", "ministre de la Santé publique du Qatar": the country whose office it is belongs
    // to the office's name (and is a place mention of its own).
    private int CountryOfOfficeEnd(string text, List<Token> tokens, int last)
    {
        var k = last + 1;
        if (k + 1 >= tokens.Count || !tokens[last].IsWord || !Adjacent(text, tokens[last], tokens[k]))
        {
            return last;
        }

        var p = k;
        while (p < tokens.Count && p - k < 2 && tokens[p].IsWord && !tokens[p].Capitalised && tokens[p].In(text) is "du" or "de" or "des" or "d'" or "d’" or "la" or "l'" or "l’")
        {
            p++;
        }

        var country = p > k && p < tokens.Count && tokens[p].Capitalised ? rules.Countries.LongestAt(text, tokens, p) : 0;
        return country > 0 && (p + country >= tokens.Count || !tokens[p + country].Capitalised) ? p + country - 1 : last;
    }

    private bool IsOfficeAdjective(string text, List<Token> tokens, int k)
    {
        var word = tokens[k].In(text);
        return tokens[k].IsWord && !tokens[k].Capitalised && rules.IsAdjective(word) && !rules.StopWords.Contains(word) && !rules.Demonyms.Contains(word)
            && (HasAdjectiveEnding(word) || word.EndsWith("ère") || word.EndsWith("ères") || word.EndsWith("ive") || word.EndsWith("ives"))
            && !(k + 1 < tokens.Count && tokens[k + 1].In(text) is "de" or "d'" or "d’" or "par" or "à");
    }

    // "nationale", "fédéral", "publique", "sanitaire": endings no finite verb has ("le ministère dément").
    private static bool HasAdjectiveEnding(ReadOnlySpan<char> word) =>
        word.EndsWith("al") || word.EndsWith("ale") || word.EndsWith("aux") || word.EndsWith("ales") || word.EndsWith("ique") || word.EndsWith("iques")
        || word.EndsWith("aire") || word.EndsWith("aires") || word.EndsWith("elle") || word.EndsWith("elles") || word.EndsWith("ien") || word.EndsWith("ienne");

    // No line break or punctuation between two tokens.
    private static bool Adjacent(string text, Token left, Token right)
    {
        for (var p = left.End; p < right.Start; p++)
        {
            if (!char.IsWhiteSpace(text[p]) || text[p] is '\n')
            {
                return false;
            }
        }

        return true;
    }

    private bool PlaceHeadBefore(string text, List<Token> tokens, Candidate c) =>
        PlaceCueBefore(text, tokens, c) && c.MentionFirst < c.First;

    // "la ville de Lyon" gives Lyon; "place de la République" keeps its head noun in the mention.
    private bool PlaceCueBefore(string text, List<Token> tokens, Candidate c)
    {
        var (p, particles) = SkipParticlesBack(text, tokens, c.First);

        if (p < 0 || !tokens[p].IsWord || !rules.PlaceCues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens[p].In(text), out var head))
        {
            return false;
        }

        if (head && !tokens[p].Capitalised)
        {
            c.MentionFirst = p;
        }

        return true;
    }

    private bool SpeechVerbAfter(string text, List<Token> tokens, int last)
    {
        var p = last + 1;
        if (p < tokens.Count && tokens[p].IsWord && rules.Auxiliaries.Contains(tokens[p].In(text)))
        {
            p++;
            if (p < tokens.Count && tokens[p].IsWord && IsLowerWord(text, tokens[p]) && rules.StopWords.Contains(tokens[p].In(text)) is false && !rules.SpeechVerbs.Contains(tokens[p].In(text)) && p + 1 < tokens.Count)
            {
                p++; // one adverb: "a également déclaré", "a aussi dit"
            }
        }

        return p < tokens.Count && tokens[p].IsWord && !tokens[p].Capitalised && rules.SpeechVerbs.Contains(tokens[p].In(text));
    }

    // "a déclaré mardi Yoshimasa Hayashi", "said John Smith".
    private bool SpeechVerbBefore(string text, List<Token> tokens, int first)
    {
        var p = first - 1;
        if (p >= 0 && tokens[p].IsWord && rules.Calendar.Contains(tokens[p].In(text)))
        {
            p--;
        }

        return p >= 1 && tokens[p].IsWord && !tokens[p].Capitalised && rules.SpeechVerbs.Contains(tokens[p].In(text))
            && tokens[p - 1].IsWord && (rules.Auxiliaries.Contains(tokens[p - 1].In(text)) || tokens[p - 1].In(text).Contains('-'));
    }

    // "Neymar, 25 ans,", "Yoann, âgé de 15 ans": only a person has an age in apposition.
    private static bool AgeAfter(string text, List<Token> tokens, int last)
    {
        var p = last + 1;
        if (p + 2 >= tokens.Count || tokens[p].In(text) is not ",")
        {
            return false;
        }

        p++;
        if (tokens[p].In(text) is "âgé" or "âgée" && p + 3 < tokens.Count && tokens[p + 1].In(text) is "de")
        {
            p += 2;
        }

        return tokens[p].Kind == TokenKind.Number && tokens[p].In(text).IndexOfAnyExceptInRange('0', '9') < 0 && tokens[p].Length <= 3
            && tokens[p + 1].In(text) is "ans";
    }

    private static bool ArticleBefore(string text, List<Token> tokens, int first) =>
        first > 0 && tokens[first - 1].IsWord && tokens[first - 1].In(text) is "le" or "la" or "les" or "l'" or "l’" or "Le" or "La" or "Les" or "L'" or "L’";

    // "selon Enedis", "d'après Reuters".
    private static bool SourceBefore(string text, List<Token> tokens, int first) =>
        first > 0 && tokens[first - 1].IsWord && (tokens[first - 1].In(text).Equals("selon", StringComparison.OrdinalIgnoreCase)
            || (first > 1 && tokens[first - 1].In(text) is "après" && tokens[first - 2].In(text) is "d'" or "D'" or "d’" or "D’"));

    // "Masayoshi Son, directeur général de", "Akie Abe, la veuve de", "Sam Altman, le directeur général d'OpenAI".
    private bool AppositionAfter(string text, List<Token> tokens, int last)
    {
        var p = last + 1;
        if (p >= tokens.Count || tokens[p].In(text) is not ",")
        {
            return false;
        }

        p++;
        if (p < tokens.Count && tokens[p].In(text) is "le" or "la" or "l'" or "the" or "un" or "une" or "son" or "sa" or "a" or "an")
        {
            p++;
        }

        for (var skipped = 0; p < tokens.Count && skipped <= 2; p++, skipped++)
        {
            if (rules.Roles.LongestAt(text, tokens, p) > 0)
            {
                return true;
            }

            if (!IsLowerWord(text, tokens[p]) || !(rules.Modifiers.Contains(tokens[p].In(text)) || rules.Demonyms.Contains(tokens[p].In(text))))
            {
                return false;
            }
        }

        return false;
    }

    // "le directeur général d'OpenAI", "ministre de l'Intérieur", "le ministre colombien de la Santé", "secrétaire
    // d'État à l'Économie", "secrétaire au Trésor".
    private bool RoleOfBefore(string text, List<Token> tokens, int first)
    {
        var p = first - 1;
        var particles = 0;
        while (p >= 0 && particles < 2 && tokens[p].IsWord && !tokens[p].Capitalised && (rules.Particles.Contains(tokens[p].In(text)) || tokens[p].In(text) is "à" or "au" or "aux"))
        {
            p--;
            particles++;
        }

        if (particles > 0 && p > 0 && IsLowerWord(text, tokens[p]) && (rules.Demonyms.Contains(tokens[p].In(text)) || rules.Modifiers.Contains(tokens[p].In(text))))
        {
            p--;
        }

        return particles > 0 && p >= 0 && tokens[p].IsWord && rules.Roles.LongestEndingAt(text, tokens, p) > 0;
    }

    // "le maire de", "la députée des": a territorial office and its particles end right before the name.
    private bool TerritorialRoleOfBefore(string text, List<Token> tokens, int first)
    {
        var (p, particles) = SkipParticlesBack(text, tokens, first);
        return particles > 0 && p >= 0 && tokens[p].IsWord && rules.TerritorialRoles.Contains(tokens[p].In(text));
    }

    // Up to two lower-case particles right before the token ("de la", "du"): the token before them and how many there were.
    private (int Before, int Particles) SkipParticlesBack(string text, List<Token> tokens, int first)
    {
        var p = first - 1;
        var particles = 0;
        while (p >= 0 && particles < 2 && tokens[p].IsWord && !tokens[p].Capitalised && rules.Particles.Contains(tokens[p].In(text)))
        {
            p--;
            particles++;
        }

        return (p, particles);
    }

    // "la veuve de", "l'avocat d'": a noun of kinship or a personal tie and a bare "de" (a person's name takes no article);
    // "l'opposition à", "succéder à": a word that takes a person after "à".
    private bool PersonalTieBefore(string text, List<Token> tokens, int first) =>
        first > 1 && tokens[first - 1].IsWord && IsLowerWord(text, tokens[first - 2])
        && ((tokens[first - 1].In(text) is "de" or "d'" or "d’" && rules.PersonalTies.Contains(tokens[first - 2].In(text)))
            || (tokens[first - 1].In(text) is "à" && rules.PersonalTiesWithA.Contains(tokens[first - 2].In(text))));

    private bool NoCommonWord(string text, List<Token> tokens, Candidate c)
    {
        for (var k = c.First; k <= c.Last; k++)
        {
            var word = tokens[k].In(text);
            if (!rules.Particles.Contains(word) && rules.IsCommonWord(word) && !rules.PersonNames.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private bool PersonNamesOnly(string text, List<Token> tokens, Candidate c)
    {
        for (var k = c.First; k <= c.Last; k++)
        {
            if (!rules.PersonNames.Contains(tokens[k].In(text)) && !rules.IsFirstName(tokens[k].In(text)))
            {
                return false;
            }
        }

        return true;
    }

    // A common noun right before a name: "la tempête Kurt", "la fusée Ariane" (not a role: "le jeune Yoann").
    private bool NounBefore(string text, List<Token> tokens, int first)
    {
        var p = first - 1;
        if (p < 0 || !IsLowerWord(text, tokens[p]))
        {
            return false;
        }

        var word = tokens[p].In(text);
        return rules.IsCommonWord(word) && !rules.StopWords.Contains(word) && !rules.Particles.Contains(word) && !rules.Modifiers.Contains(word)
            && !rules.SpeechVerbs.Contains(word) && rules.Roles.LongestEndingAt(text, tokens, p) == 0;
    }

    // "le jeu vidéo Iron Harvest", "le télescope spatial James Webb", "son propre spectacle Wishful Drinking".
    private bool ThingCueBefore(string text, List<Token> tokens, int first)
    {
        var p = first - 1;
        for (var skipped = 0; p >= 0 && skipped < 2 && IsLowerWord(text, tokens[p]) && !rules.ThingCues.Contains(tokens[p].In(text))
            && (rules.IsAdjective(tokens[p].In(text)) || rules.Demonyms.Contains(tokens[p].In(text))) && !rules.StopWords.Contains(tokens[p].In(text)); skipped++)
        {
            p--;
        }

        return p >= 0 && IsLowerWord(text, tokens[p]) && rules.ThingCues.Contains(tokens[p].In(text));
    }

    // "Ifop-Fiducial", "MoDem-LaREM": a known organisation and another name that is no common word, place or first
    // name, joined by a hyphen, are two organisations (a poll's or an alliance's partners).
    private bool IsHyphenPair(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1 || word[(hyphen + 1)..].Contains('-') || !char.IsUpper(word[0]) || !char.IsUpper(word[hyphen + 1]))
        {
            return false;
        }

        var left = word[..hyphen];
        var right = word[(hyphen + 1)..];
        var leftKnown = IsKnownOrganisationWord(left);
        var rightKnown = IsKnownOrganisationWord(right);
        return (leftKnown && rightKnown) || (leftKnown && IsOtherName(right)) || (rightKnown && IsOtherName(left));
    }

    private bool IsKnownOrganisationWord(ReadOnlySpan<char> word) =>
        rules.Organisations.IsWord(word) && !IsCommonOrUnaccented(word) && !rules.PersonNames.Contains(word);

    private bool IsOtherName(ReadOnlySpan<char> word) =>
        word.Length > 2 && !IsAcronym(word) && !IsCommonOrUnaccented(word) && !rules.FirstNames.Contains(word) && !rules.PersonNames.Contains(word)
        && !rules.Demonyms.Contains(word) && !rules.Places.IsWord(word) && !rules.NotNames.Contains(word);

    // "CGT-Energie" is one union: a capital often drops its accent ("Energie" is "énergie"). A capital inside a word
    // ("MoDem") makes it a name.
    private bool IsCommonOrUnaccented(ReadOnlySpan<char> word) =>
        word[1..].IndexOfAnyInRange('A', 'Z') < 0
        && (rules.IsCommonWord(word) || (word[0] == 'E' && rules.IsCommonWord(string.Concat("é", word[1..]))));

    private static bool IsLoneLetter(ReadOnlySpan<char> word) => word.Length == 1 || (word.Length == 2 && word[1] == '.');

    private static bool IsLowerWord(string text, Token token) => token.IsWord && !token.Capitalised && char.IsLower(text[token.Start]);

    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 10)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (!char.IsDigit(c) && c is not '-' and not '&')
            {
                return false;
            }
        }

        return letters >= 2 && !IsRomanNumeral(word);
    }

    // "14 VBRG", "238,10 USD", "12 h 43 HAA": a count or a measure before an acronym makes it a unit or a thing; "KIC 9832227",
    // "CO 2", "ELT 200": a number after it (not a year: "FIFA 2022") makes it a designation. Organisations are neither.
    private static bool NumberBeside(string text, List<Token> tokens, int at)
    {
        if (at > 0 && tokens[at - 1].Kind == TokenKind.Number)
        {
            return true;
        }

        if (at + 1 >= tokens.Count || tokens[at + 1].Kind != TokenKind.Number || !Adjacent(text, tokens[at], tokens[at + 1]))
        {
            return false;
        }

        var number = tokens[at + 1].In(text);
        var year = number.Length == 4 && number.IndexOfAnyExceptInRange('0', '9') < 0 && number[0] is '1' or '2';
        // "le PSG 1-0", "battu 2 à 1": a score after a club is the club's.
        var score = at + 2 < tokens.Count && tokens[at + 2].In(text) is "-" or "à" or "–";
        return !year && !score && !number.Contains('-');
    }

    // A hyphen before digits, three digits or more, or letters and digits alternating twice.
    private static bool IsCode(ReadOnlySpan<char> word)
    {
        var digits = 0;
        var switches = 0;
        for (var k = 0; k < word.Length; k++)
        {
            digits += char.IsAsciiDigit(word[k]) ? 1 : 0;
            if (k > 0 && char.IsAsciiDigit(word[k]) != char.IsAsciiDigit(word[k - 1]))
            {
                switches++;
            }

            if (word[k] == '-' && k + 1 < word.Length && char.IsAsciiDigit(word[k + 1]))
            {
                return true;
            }
        }

        return digits >= 3 || switches >= 3;
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word) => word.IndexOfAnyExcept(RomanDigits) < 0;
}
