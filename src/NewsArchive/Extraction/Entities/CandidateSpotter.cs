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
            if (!IsNameWord(text, tokens[i]))
            {
                i = SpotLowerCase(text, tokens, i, found);
                continue;
            }

            var last = RunEnd(text, tokens, i);
            var known = Math.Max(rules.Organisations.LongestAt(text, tokens, i), rules.Places.LongestAt(text, tokens, i));
            if (known > 0 && i + known - 1 >= last)
            {
                found.Add(new Candidate(i, i + known - 1));
                i += known;
                continue;
            }

            var (first, roleTrimmed) = Trim(text, tokens, i, last);
            var split = SplitAtFirstName(text, tokens, first, last);
            found.Add(new Candidate(first, split - 1) { RoleTrimmed = roleTrimmed });
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

    public bool IsNameWord(string text, Token token) =>
        token.IsWord && token.Capitalised && !rules.Titles.Contains(token.In(text));

    private int RunEnd(string text, List<Token> tokens, int first)
    {
        var last = first;
        while (true)
        {
            var next = last + 1;
            if (next < tokens.Count && IsNameWord(text, tokens[next]) && Adjacent(text, tokens[last], tokens[next]))
            {
                last = next;
                continue;
            }

            // Up to two particles between capitalised words: "de", "de la", "d'", "van der".
            var k = next;
            while (k < tokens.Count && k - next < 2 && tokens[k].IsWord && !tokens[k].Capitalised && rules.Particles.Contains(tokens[k].In(text)))
            {
                k++;
            }

            // "Jair Bolsonaro du Parti Social Libéral" is two names: a particle does not lead into an organisation word.
            if (k > next && k < tokens.Count && IsNameWord(text, tokens[k]) && !StartsKnownPlace(text, tokens, first, k)
                && !(rules.OrganisationWords.Contains(tokens[k].In(text)) && !rules.OrganisationWords.Contains(tokens[first].In(text))))
            {
                last = k;
                continue;
            }

            return last;
        }
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

    // "les ministres de François Hollande Arnaud Montebourg": a first name after two or more names starts another person.
    private int SplitAtFirstName(string text, List<Token> tokens, int first, int last)
    {
        for (var k = first + 2; k < last; k++)
        {
            if (rules.FirstNames.Contains(tokens[k].In(text)) && rules.FirstNames.Contains(tokens[first].In(text))
                && !rules.Particles.Contains(tokens[k - 1].In(text)) && !rules.FirstNames.Contains(tokens[k - 1].In(text)))
            {
                return k;
            }
        }

        return last + 1;
    }

    private (int First, bool RoleTrimmed) Trim(string text, List<Token> tokens, int first, int last)
    {
        var roleTrimmed = false;
        while (first < last)
        {
            var word = tokens[first].In(text);
            // "Selon l'ONU": a sentence-initial function word, and the particle it leaves at the front.
            if ((tokens[first].SentenceStart && (rules.StopWords.Contains(word) || rules.Calendar.Contains(word)))
                || (!tokens[first].Capitalised && rules.Particles.Contains(word)))
            {
                first++;
            }
            else if (rules.Roles.LongestAt(text, tokens, first) is var role && role > 0 && first + role <= last)
            {
                first += role;
                roleTrimmed = true;
            }
            else if (rules.Demonyms.Contains(word) && rules.Places.LongestAt(text, tokens, first) == 0)
            {
                first++;
                roleTrimmed = true;
            }
            else
            {
                break;
            }
        }

        return (first, roleTrimmed);
    }
}
