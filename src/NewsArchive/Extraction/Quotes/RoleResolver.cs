namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Who a role phrase with no name in it stands for: <c>le ministre a déclaré</c> → the last person named with that
/// role, <c>a ajouté le groupe</c> → the organisation named with that word or the one quoted last.
/// </summary>
internal sealed class RoleResolver(QuoteReading reading)
{
    private IReadOnlyList<Token> Tokens => reading.Tokens;

    private QuoteLexicon Lexicon => reading.Lexicon;

    /// <summary>
    /// <paramref name="found"/> when it names someone; else the holder of a role phrase whose determiner stands in
    /// tokens [<paramref name="from"/>, <paramref name="to"/>): "le ministre a déclaré" goes to the last person the
    /// article named with that role (le ministre X, X, ministre de …); a role nobody held before stays unnamed.
    /// </summary>
    public Speaker OrHolder(Speaker found, int from, int to)
    {
        if (found.Entity is not null)
        {
            return found;
        }

        for (var i = from; i < to; i++)
        {
            if (reading.IsQuoted(i) || !Lexicon.Has("definite", Tokens[i].Key))
            {
                continue;
            }

            // The role follows its determiner, over at most two adjectives (le nouveau chef): "la réplique du
            // député" is no role phrase.
            for (var j = i + 1; j < Math.Min(Tokens.Count, i + 4) && Tokens[j].IsWord && !reading.IsQuoted(j) && (j == i + 1 || !reading.IsDeterminer(j - 1)) && !Lexicon.Has("complement", Tokens[j].Key); j++)
            {
                // "the 54-year-old said": an age standing for a person is the last person named before it.
                if (j == i + 1 && IsAge(Tokens[j].Key))
                {
                    var named = reading.Mentions.LastOrDefault(m => m.End <= Tokens[i].Start && m.Kind == EntityKind.Person);
                    return named is null ? found : new Speaker(named.Entity, EntityKind.Person);
                }

                var length = Lexicon.Match("role", Tokens, j);
                if (length > 0)
                {
                    var office = Office(j);
                    var holder = reading.Mentions.LastOrDefault(m => m.End <= Tokens[i].Start && m.Kind == EntityKind.Person
                        && (Holds(m, j, length) || (office is not null && HoldsOffice(m, office))));

                    // "le nouveau chef de l'État" nobody was named with: the one the news is about, whom the
                    // article names first. So is a singular definite role of one's own (le boxeur de 23 ans,
                    // l'universitaire belge); not a source (le porte-parole) nor a role tied to someone else (de la famille).
                    if (holder is null && (Enumerable.Range(i + 1, j - i - 1).Any(k => Lexicon.Has("newcomer", Tokens[k].Key)) || DescribesMainPerson(i, j, length)))
                    {
                        holder = reading.Mentions.FirstOrDefault(m => m.End <= Tokens[i].Start && m.Kind == EntityKind.Person);
                    }

                    return holder is null ? found : new Speaker(holder.Entity, EntityKind.Person);
                }

                // "a ajouté le groupe": the organisation named with that word (le groupe automobile Nissan), else
                // the organisation that spoke last, if no other one was named since.
                length = Lexicon.Match("organisation-role", Tokens, j);
                if (length > 0)
                {
                    var start = Tokens[i].Start;
                    var named = reading.Mentions.LastOrDefault(m => m.End <= start && m.Kind == EntityKind.Organisation && (Holds(m, j, length) || Opens(m, j, length)));
                    if (named is not null)
                    {
                        return new Speaker(named.Entity, EntityKind.Organisation);
                    }

                    if (reading.LastQuoted is { Speaker: { Kind: EntityKind.Organisation, Entity: { } spoke } speaker } last && last.Close <= start
                        && !reading.Mentions.Any(m => m.Start >= last.Close && m.End <= start && m.Kind == EntityKind.Organisation && m.Entity != spoke))
                    {
                        return speaker;
                    }

                    // "the company said" before any organisation spoke: the one the article is about, named first.
                    var first = Lexicon.Has("singular-definite", Tokens[i].Key) && reading.LastQuoted is null
                        ? reading.Mentions.FirstOrDefault(m => m.End <= start && m.Kind == EntityKind.Organisation)
                        : null;
                    return first is null ? found : new Speaker(first.Entity, EntityKind.Organisation);
                }
            }
        }

        return found;
    }

    private bool IsAge(string key)
    {
        var dash = key.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && char.IsDigit(key[0]) && Lexicon.Has("age-suffix", key[(dash + 1)..]);
    }

    private bool DescribesMainPerson(int determiner, int role, int length)
    {
        if (!Lexicon.Has("singular-definite", Tokens[determiner].Key) || Lexicon.Has("source", Tokens[role + length - 1].Key))
        {
            return false;
        }

        // The description must say more than the bare role: an adjective (belge) or an age (de 23 ans). "Le
        // directeur a déclaré" after "X a visité l'hôpital" is somebody else.
        var after = role + length;
        if (after + 1 >= Tokens.Count || reading.IsQuoted(after))
        {
            return false;
        }

        var next = Tokens[after];
        if (Lexicon.Has("complement", next.Key))
        {
            return char.IsDigit(Tokens[after + 1].Text[0]);
        }

        return next.IsWord && !next.IsCapitalised && !reading.IsDeterminer(after) && reading.Cues.At(after) is null
            && !Lexicon.Has("auxiliary", next.Key) && !Lexicon.Has("relative", next.Key) && !Lexicon.Has("skip", next.Key)
            && !Lexicon.Has("preposition", next.Key) && !Lexicon.Has("coordination", next.Key);
    }

    // The office a role phrase at the token names under several names (le chef de l'État, le président; le chef du
    // gouvernement, le Premier ministre), or null.
    private string? Office(int role) =>
        Offices.FirstOrDefault(office => Lexicon.Match(office, Tokens, role) > 0);

    private static readonly string[] Offices = ["head-of-state", "head-of-government"];

    // Whether the person was named with one of the office's names, just before the name (le Premier ministre X)
    // or in apposition just after it (X, chef du gouvernement).
    private bool HoldsOffice(SpeakerMention mention, string office)
    {
        var first = reading.TokenAt(mention.Start);
        for (var i = Math.Max(0, first - 4); i < first; i++)
        {
            if (Lexicon.Match(office, Tokens, i) is var length and > 0 && i + length <= first)
            {
                return true;
            }
        }

        var after = reading.TokenAt(mention.End);
        if (after >= Tokens.Count || Tokens[after].Text != ",")
        {
            return false;
        }

        for (var i = after + 1; i < Math.Min(Tokens.Count, after + 4); i++)
        {
            if (Lexicon.Match(office, Tokens, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the organisation's own name opens with the role word: "l'autorité" for l'Autorité de régulation de X.
    private bool Opens(SpeakerMention mention, int role, int length) => SameWords(reading.TokenAt(mention.Start), role, length);

    // Whether the role at tokens [role, role + length) stands just before the mention (le ministre X) or in
    // apposition just after it (X, ministre de …, X, le ministre).
    private bool Holds(SpeakerMention mention, int role, int length)
    {
        var first = reading.TokenAt(mention.Start);
        for (var i = Math.Max(0, first - 4); i <= first; i++)
        {
            if (SameWords(i, role, length) && i + length <= first)
            {
                return true;
            }
        }

        // "le ministre de l'Agriculture, Didier Guillaume": the role's complement stands between it and the name.
        if (ComplementBefore(first) is var complement and >= 0 && complement >= length && SameWords(complement - length, role, length))
        {
            return true;
        }

        var after = reading.TokenAt(mention.End);
        if (after >= Tokens.Count || Tokens[after].Text != ",")
        {
            return false;
        }

        // The role phrase being resolved is no apposition of the name just before it (À l'aéroport X, le boxeur …).
        for (var i = after + 1; i < Math.Min(Tokens.Count, after + 4); i++)
        {
            if (i != role && SameWords(i, role, length))
            {
                return true;
            }
        }

        return false;
    }

    // The token of "de" (du, des, d') that opens a role's complement ending in a comma right before the name at
    // `first` (de l'Agriculture , X; des Affaires étrangères , X), within a few words; else -1.
    private int ComplementBefore(int first)
    {
        if (first < 3 || Tokens[first - 1].Text != "," || reading.IsQuoted(first - 1))
        {
            return -1;
        }

        for (var i = first - 2; i >= Math.Max(1, first - 6) && Tokens[i].IsWord && !reading.IsQuoted(i); i--)
        {
            if (Lexicon.Has("complement", Tokens[i].Key) || Tokens[i].Key is "du" or "des")
            {
                return i;
            }
        }

        return -1;
    }

    private bool SameWords(int at, int other, int length)
    {
        if (at + length > Tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            if (!string.Equals(Tokens[at + k].Key, Tokens[other + k].Key, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
