using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Settles undecided candidates from their neighbours: the names of one enumeration are of one kind ("Pixar, Marvel
/// et Lucasfilm", "Fillon, Macron, Hamon et Le Pen"), so an undecided name without a guess of its own takes the kind
/// of its decided neighbour; a name in brackets takes the kind of the name before it.
/// </summary>
internal sealed class NeighbourKinds(EntityRules rules)
{
    // Forward, then backward, so a decided name reaches the whole list.
    public void FromLists(string text, List<Token> tokens, List<Candidate> candidates)
    {
        for (var k = 1; k < candidates.Count; k++)
        {
            Inherit(text, tokens, candidates[k], candidates[k - 1], candidates[k - 1], candidates[k]);
        }

        for (var k = candidates.Count - 2; k >= 0; k--)
        {
            Inherit(text, tokens, candidates[k], candidates[k + 1], candidates[k], candidates[k + 1]);
        }
    }

    // "Hollande, Mélenchon, Estrosi, Bayrou ou Juppé": an enumeration of three or more lone names, two of them known
    // person's names, none a common word and none decided otherwise, names people.
    public void SurnameLists(string text, List<Token> tokens, List<Candidate> candidates)
    {
        var start = 0;
        for (var k = 1; k <= candidates.Count; k++)
        {
            if (k < candidates.Count && IsLoneUndecided(candidates[k]) && IsLoneUndecided(candidates[k - 1])
                && Enumerated(text, tokens, candidates[k - 1].Last, candidates[k].MentionFirst))
            {
                continue;
            }

            if (k - start >= 3)
            {
                var known = 0;
                var common = false;
                for (var j = start; j < k; j++)
                {
                    var word = tokens[candidates[j].First].In(text);
                    known += rules.PersonNames.Contains(word) ? 1 : 0;
                    common |= rules.IsCommonWord(word) && !rules.PersonNames.Contains(word);
                }

                if (known >= 2 && !common)
                {
                    for (var j = start; j < k; j++)
                    {
                        candidates[j].Kind = EntityKind.Person;
                    }
                }
            }

            start = k;
        }
    }

    private static bool IsLoneUndecided(Candidate c) => c.Count == 1 && c.Kind is null && c.Fallback is not EntityKind.Place && !c.Thing;

    // "la Fédération française de triathlon (FFTri)", "Robert Fico (Smer-DS)", "Lille (Nord)": a name in brackets
    // right after another is its short form, or a person's party, or a place's region.
    public void FromBrackets(string text, List<Token> tokens, List<Candidate> candidates)
    {
        for (var k = 1; k < candidates.Count; k++)
        {
            var (outer, inner) = (candidates[k - 1], candidates[k]);
            var open = outer.Last + 1;
            if (open + 1 != inner.MentionFirst || tokens[open].In(text) is not "(" || inner.Last + 1 >= tokens.Count || tokens[inner.Last + 1].In(text) is not ")")
            {
                continue;
            }

            if (inner.Kind is null && inner.Fallback is null && outer.Kind is { } kind && (kind != EntityKind.Person || inner.Count == 1))
            {
                inner.Kind = kind == EntityKind.Person ? EntityKind.Organisation : kind;
            }
            else if (outer.Kind is null && inner.Kind is { } innerKind && innerKind != EntityKind.Person
                && ((innerKind == EntityKind.Organisation && outer.Count > 1) || (outer.Count == 1 && IsShortFormOf(text, tokens, tokens[outer.First].In(text), inner))))
            {
                outer.Kind = innerKind;
            }
        }
    }

    // "Gjs (Gilets jaunes)": a word made of the initials of the name in brackets (and a plural "s") is its short form.
    private bool IsShortFormOf(string text, List<Token> tokens, ReadOnlySpan<char> word, Candidate name)
    {
        var letters = word.Length > 2 && word[^1] == 's' ? word[..^1] : word;
        var at = 0;
        for (var k = name.MentionFirst; k <= name.MentionLast; k++)
        {
            if (!tokens[k].IsWord || rules.Particles.Contains(tokens[k].In(text)))
            {
                continue;
            }

            if (at >= letters.Length || char.ToUpperInvariant(letters[at]) != char.ToUpperInvariant(text[tokens[k].Start]))
            {
                return false;
            }

            at++;
        }

        return at == letters.Length && at >= 2;
    }

    private void Inherit(string text, List<Token> tokens, Candidate target, Candidate source, Candidate left, Candidate right)
    {
        if (target.Kind is not null || target.Fallback is not null || target.Thing || source.Kind is not { } kind || !Enumerated(text, tokens, left.Last, right.MentionFirst))
        {
            return;
        }

        var word = tokens[target.First].In(text);
        if ((target.Count == 1 && (rules.IsCommonWord(word) || rules.Calendar.Contains(word))) || rules.Roles.LongestAt(text, tokens, target.First) == target.Count
            || rules.Products.LongestAt(text, tokens, target.First) > 0)
        {
            return; // "Lundi", "Sentinelle", "Jean Dupont, PDG de", "Google, Reddit, Digg": no name of ours even in a list.
        }

        target.Kind = kind;
    }

    // Only a comma, "et", "ou" (or "and", "or") stand between two items of a list.
    private static bool Enumerated(string text, List<Token> tokens, int leftLast, int rightFirst)
    {
        var between = rightFirst - leftLast - 1;
        if (between is < 1 or > 2)
        {
            return false;
        }

        for (var k = leftLast + 1; k < rightFirst; k++)
        {
            var word = tokens[k].In(text);
            if (!(word is "," or "et" or "ou" or "and" or "or") || (between == 2 && k == leftLast + 1 && word is not ","))
            {
                return false;
            }
        }

        return true;
    }
}
