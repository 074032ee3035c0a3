using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Decides from context and lexicons whether a candidate names a person, an organisation or a place. Evidence is
/// tried strongest first: a courtesy title, a gazetteer, a role before the name, an organisation cue, organisation
/// words, a place cue, a known first name, a speech verb, an apposition, "role of X", an acronym. A candidate
/// with no evidence stays undecided; <see cref="EntityFinder"/> settles it against the names found elsewhere.
/// </summary>
internal sealed class CandidateClassifier(EntityRules rules)
{
    private const int MaxSkipped = 3;

    private static readonly System.Buffers.SearchValues<char> RomanDigits = System.Buffers.SearchValues.Create("IVXLCDM");

    public void Classify(string text, List<Token> tokens, Candidate candidate, string? dateline, bool french)
    {
        candidate.Kind ??= Decide(text, tokens, candidate, dateline, french);
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
            return EntityKind.Place;
        }

        // "les Italiens" are people of a country, not a place or a person's name.
        if (single && rules.Demonyms.Contains(firstWord) && rules.Organisations.LongestAt(text, tokens, first) == 0 && rules.Places.LongestAt(text, tokens, first) == 0)
        {
            return null;
        }

        if (rules.Products.LongestAt(text, tokens, first) == c.Count
            || (single && (rules.NotNames.Contains(firstWord) || rules.CommonAcronyms.Contains(firstWord))))
        {
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
        if (InstitutionBefore(text, tokens, c))
        {
            return EntityKind.Organisation;
        }

        if (knownOrganisation == c.Count && knownOrganisation >= knownPlace)
        {
            return EntityKind.Organisation;
        }

        if (knownPlace == c.Count)
        {
            PlaceCueBefore(text, tokens, c);
            return EntityKind.Place;
        }

        if (c.RoleTrimmed || RoleBefore(text, tokens, first))
        {
            return EntityKind.Person;
        }

        if (OrganisationCueBefore(text, tokens, first))
        {
            return EntityKind.Organisation;
        }

        if (!single && ((rules.OrganisationWords.Contains(firstWord) && tokens[last].Length > 1) || (rules.OrganisationWords.Contains(tokens[last].In(text)) && tokens[first].Length > 1)))
        {
            return EntityKind.Organisation;
        }

        if (!single && rules.PlaceCues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(firstWord, out var isHead) && isHead)
        {
            return EntityKind.Place;
        }

        if (!single && rules.FirstNames.Contains(firstWord))
        {
            return EntityKind.Person;
        }

        if (PlaceCueBefore(text, tokens, c))
        {
            return EntityKind.Place;
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

        // "Niantic a annoncé": a lone unknown word speaking is a company unless the article names such a person.
        if (single && !rules.IsCommonWord(firstWord) && (SpeechVerbAfter(text, tokens, last) || SpeechVerbBefore(text, tokens, first)))
        {
            c.Fallback = rules.PersonNames.Contains(firstWord) ? EntityKind.Person : EntityKind.Organisation;
        }

        if (RoleOfBefore(text, tokens, first))
        {
            return EntityKind.Organisation;
        }

        if (single && IsAcronym(firstWord))
        {
            return EntityKind.Organisation;
        }

        if (!single && c.Count <= 4 && NoCommonWord(text, tokens, c) && knownOrganisation == 0 && knownPlace == 0)
        {
            return EntityKind.Person;
        }

        return null;
    }

    private bool TitleBefore(string text, List<Token> tokens, int first) =>
        first > 0 && tokens[first - 1].IsWord && rules.Titles.Contains(tokens[first - 1].In(text));

    // "le Premier ministre japonais Shigeru Ishiba", "l'ancien président américain Joe Biden".
    private bool RoleBefore(string text, List<Token> tokens, int first)
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
            if (!IsLowerWord(text, tokens[p]))
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

    // "A7", "A86": French motorways.
    private static bool IsRoad(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 4 && word[0] == 'A' && word[1..].IndexOfAnyExceptInRange('0', '9') < 0;

    // "ministère de l'Intérieur", "gouvernement du Qatar": the institution noun belongs to the mention.
    private bool InstitutionBefore(string text, List<Token> tokens, Candidate c)
    {
        var p = c.First - 1;
        var particles = 0;
        while (p >= 0 && particles < 2 && tokens[p].IsWord && !tokens[p].Capitalised && rules.Particles.Contains(tokens[p].In(text)))
        {
            p--;
            particles++;
        }

        if (particles == 0 || p < 0 || !tokens[p].IsWord || !rules.InstitutionsWithName.Contains(tokens[p].In(text)))
        {
            return false;
        }

        c.MentionFirst = p;
        return true;
    }

    private bool PlaceHeadBefore(string text, List<Token> tokens, Candidate c) =>
        PlaceCueBefore(text, tokens, c) && c.MentionFirst < c.First;

    // "la ville de Lyon" gives Lyon; "place de la République" keeps its head noun in the mention.
    private bool PlaceCueBefore(string text, List<Token> tokens, Candidate c)
    {
        var p = c.First - 1;
        var particles = 0;
        while (p >= 0 && particles < 2 && tokens[p].IsWord && !tokens[p].Capitalised && rules.Particles.Contains(tokens[p].In(text)))
        {
            p--;
            particles++;
        }

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

    // "le directeur général d'OpenAI", "ministre de l'Intérieur".
    private bool RoleOfBefore(string text, List<Token> tokens, int first)
    {
        var p = first - 1;
        var particles = 0;
        while (p >= 0 && particles < 2 && tokens[p].IsWord && !tokens[p].Capitalised && rules.Particles.Contains(tokens[p].In(text)))
        {
            p--;
            particles++;
        }

        return particles > 0 && p >= 0 && tokens[p].IsWord && rules.Roles.LongestEndingAt(text, tokens, p) > 0;
    }

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

    private static bool IsLowerWord(string text, Token token) => token.IsWord && !token.Capitalised && char.IsLower(text[token.Start]);

    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 7)
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

    private static bool IsRomanNumeral(ReadOnlySpan<char> word) => word.IndexOfAnyExcept(RomanDigits) < 0;
}
