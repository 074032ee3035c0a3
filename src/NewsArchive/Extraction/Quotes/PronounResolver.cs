namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Who a subject pronoun (il, elle, he, she) or a stressed one (selon lui) stands for: the speaker of the quote
/// before it while nobody else was named, else the subject of the sentence that last named a person of its gender,
/// else an organisation, unless an unnamed source came between.
/// </summary>
internal sealed class PronounResolver(QuoteReading reading)
{
    private IReadOnlyList<Token> Tokens => reading.Tokens;

    private QuoteLexicon Lexicon => reading.Lexicon;

    /// <summary>
    /// The person a pronoun stands for: the last person named before <paramref name="position"/> (outside quotes)
    /// whose known gender does not contradict it, unless an unnamed source (un ouvrier) came after that person.
    /// </summary>
    public Speaker Resolve(string pronoun, int position) =>
        Lexicon.Has("pronoun-plural", pronoun) ? GroupBefore(position)
        : Resolve(Lexicon.Has("pronoun-male", pronoun) ? Gender.Male : Lexicon.Has("pronoun-female", pronoun) ? Gender.Female : Gender.Unknown, position);

    // "revendiquée par les islamistes shebab … « … », ont-ils écrit": a plural pronoun stands for a group; a group
    // a lower-case word no dictionary holds names (shebab, after the common noun islamistes) speaks under that
    // name, as an organisation. Any other group (les manifestants) is an unnamed source.
    private Speaker GroupBefore(int position)
    {
        if (!Lexicon.HasDictionary)
        {
            return Speaker.Unnamed;
        }

        var at = reading.TokenAt(position) - 1;
        var sentence = reading.SentenceOf(at);
        for (var i = at; i >= 2 && reading.SentenceOf(i) >= sentence - 1; i--)
        {
            if (reading.IsQuoted(i) || reading.GroupNameAt(i) is not { } group)
            {
                continue;
            }

            return new Speaker(group, EntityKind.Organisation);
        }

        return Speaker.Unnamed;
    }

    /// <summary>The speaker a pronoun of <paramref name="gender"/> stands for; a stressed pronoun (selon lui) names a person only.</summary>
    public Speaker Resolve(Gender gender, int position, bool personOnly = false)
    {
        if (gender == Gender.Unknown)
        {
            return Speaker.Unnamed;
        }

        var opposite = gender == Gender.Male ? Gender.Female : Gender.Male;
        if (RelativeAntecedent(opposite, position) is { } antecedent)
        {
            return antecedent;
        }

        var (unnamed, speaksFor) = LastUnnamedSource(position);
        if (PreviousSpeakerGoesOn(opposite, position, unnamed) is { } previous && !(personOnly && previous.Kind == EntityKind.Organisation))
        {
            return previous;
        }

        // A subject pronoun takes up a subject: a person named after a preposition (le régime de Kim Jong-un) is
        // passed over for one named as a subject before, if any.
        bool Candidate(SpeakerMention m) => m.End <= position && m.Kind == EntityKind.Person && reading.GenderOf(m.Entity) != opposite;
        var person = reading.Mentions.LastOrDefault(m => Candidate(m) && !AfterPreposition(m)) ?? reading.Mentions.LastOrDefault(Candidate);
        if (person is not null && unnamed <= person.Start)
        {
            return new Speaker(SubjectOfSentence(person, opposite, position).Entity, EntityKind.Person);
        }

        // "A spokesman for Northline told reporters … “…,” he said": the pronoun is the spokesman, who speaks for
        // the organisation named with him.
        if (!personOnly && speaksFor is not null && (person is null || unnamed > person.Start))
        {
            return speaksFor;
        }

        // "il" may stand for an organisation (le ministère … a-t-il communiqué) when no person came first.
        var organisation = reading.Mentions.LastOrDefault(m => m.End <= position && m.Kind == EntityKind.Organisation);
        if (organisation is not null)
        {
            // The organisation that is the subject of its sentence (Monsanto … aux conclusions de ce Tribunal, qu'il qualifie).
            var sentence = reading.SentenceOf(reading.TokenAt(organisation.Start));
            organisation = reading.Mentions.First(m => m.Kind == EntityKind.Organisation && m.End <= organisation.End && reading.SentenceOf(reading.TokenAt(m.Start)) == sentence);
        }

        return !personOnly && person is null && organisation is not null && unnamed <= organisation.Start
            ? new Speaker(organisation.Entity, EntityKind.Organisation)
            : Speaker.Unnamed;
    }

    // "à l'exception de X, président du Tchad, qui a rappelé que selon lui « … »": inside a relative clause, a
    // pronoun stands for the person the clause's "qui" takes up, even one named after a preposition.
    private Speaker? RelativeAntecedent(Gender opposite, int position)
    {
        var at = reading.TokenAt(position) - 1;
        var sentence = reading.SentenceOf(at);
        for (var i = at; i > 0 && i > at - 12 && reading.SentenceOf(i) == sentence && !reading.IsQuoted(i); i--)
        {
            if (!Lexicon.Has("relative", Tokens[i].Key))
            {
                continue;
            }

            // The antecedent ends before "qui", or before a role in apposition set off by commas (X, président du Tchad, qui).
            var end = i - 1;
            if (end > 0 && Tokens[end].Text == ",")
            {
                end--;
                var named = reading.Mentions.Any(m => m.End == Tokens[end].End && m.Kind == EntityKind.Person);
                for (var j = end; !named && j > 0 && j > end - 10 && reading.SentenceOf(j) == sentence && !reading.IsQuoted(j); j--)
                {
                    if (Tokens[j].Text == ",")
                    {
                        end = j - 1;
                        break;
                    }
                }
            }

            var mention = end >= 0 ? reading.Mentions.FirstOrDefault(m => m.End == Tokens[end].End) : null;
            return mention is { Kind: EntityKind.Person } && reading.GenderOf(mention.Entity) != opposite ? new Speaker(mention.Entity, EntityKind.Person) : null;
        }

        return null;
    }

    // A pronoun in a later sentence stands for the subject of the sentence that last named a person of its gender
    // (Le général X a eu une mauvaise relation avec le président Y. « … », dit-il: X), not for its last name.
    private SpeakerMention SubjectOfSentence(SpeakerMention last, Gender opposite, int position)
    {
        var sentence = reading.SentenceOf(reading.TokenAt(last.Start));
        if (sentence == reading.SentenceOf(reading.TokenAt(position)))
        {
            return last;
        }

        return reading.Mentions.First(m => m.Kind == EntityKind.Person && m.End <= last.End && reading.GenderOf(m.Entity) != opposite
            && reading.SentenceOf(reading.TokenAt(m.Start)) == sentence);
    }

    // A pronoun after a quote goes on with that quote's speaker (Canal+ « … ». Elle pointe du doigt « … ») while no
    // other name it could stand for comes between: a person of its gender, or for an organisation any other one.
    private Speaker? PreviousSpeakerGoesOn(Gender opposite, int position, int unnamed)
    {
        if (reading.LastQuoted is not { } last || last.Close > position || unnamed > last.Close || last.Speaker.Entity is not { } entity)
        {
            return null;
        }

        var organisation = last.Speaker.Kind == EntityKind.Organisation;
        if (!organisation && reading.GenderOf(entity) == opposite)
        {
            return null;
        }

        // A person named after a preposition (les buts encaissés par X, la veuve de X) is no subject: the
        // pronoun does not take them up.
        var rival = reading.Mentions.Any(m => m.Start >= last.Close && m.End <= position && m.Entity != entity
            && (m.Kind == EntityKind.Person ? reading.GenderOf(m.Entity) != opposite && !AfterPreposition(m) : organisation));
        return rival ? null : last.Speaker;
    }

    // A name after a preposition (la veuve de X), or after a common noun that is no role (l'administration Trump,
    // le gouvernement Trudeau), qualifies something else: it is no subject a pronoun takes up.
    private bool AfterPreposition(SpeakerMention mention)
    {
        var first = reading.TokenAt(mention.Start);
        if (first == 0 || reading.IsQuoted(first - 1))
        {
            return false;
        }

        if (Lexicon.Has("preposition", Tokens[first - 1].Key))
        {
            return true;
        }

        var noun = first - 1;
        return noun > 0 && Tokens[noun].IsWord && !Tokens[noun].IsCapitalised && Lexicon.Has("definite", Tokens[noun - 1].Key)
            && !IsRole(noun) && reading.Cues.At(noun) is null && reading.Cues.At(noun - 1) is null;
    }

    // Whether a role (of one word, or of two ending there: premier ministre) ends at the token.
    private bool IsRole(int index) =>
        Lexicon.Match("role", Tokens, index) == 1 || Lexicon.Match("name-role", Tokens, index) == 1
        || (index > 0 && (Lexicon.Match("role", Tokens, index - 1) == 2 || Lexicon.Match("name-role", Tokens, index - 1) == 2));

    // The start of the last "un ouvrier", "des témoins", "a source" before the position, or -1; with the
    // organisation it speaks for when it is a spokesman of one named just after (un porte-parole de l'ONU).
    private (int Start, Speaker? SpeaksFor) LastUnnamedSource(int position)
    {
        for (var i = reading.TokenAt(position) - 1; i > 0; i--)
        {
            if (reading.IsQuoted(i))
            {
                continue;
            }

            var key = Tokens[i].Key;
            var indefinite = Lexicon.Has("indefinite", Tokens[i - 1].Key);

            // "Paul Martin, un militant de longue date, …": a source noun in apposition to a name is that person.
            if (indefinite && i >= 3 && Tokens[i - 2].Text == "," && reading.Mentions.Any(m => m.End == Tokens[i - 3].End && m.Kind == EntityKind.Person))
            {
                continue;
            }
            if (indefinite && Lexicon.Has("spokesman", key) && (Lexicon.Has("source", key) || Lexicon.Has("role", key)))
            {
                return (Tokens[i - 1].Start, OrganisationAfter(i));
            }

            // "un ouvrier", and "l'avocate de X" (a definite source tied to someone else) name nobody.
            if (Lexicon.Has("source", key) && (indefinite
                || (Lexicon.Has("definite", Tokens[i - 1].Key) && i + 1 < Tokens.Count && Lexicon.Has("complement", Tokens[i + 1].Key))))
            {
                return (Tokens[i - 1].Start, null);
            }
        }

        return (-1, null);
    }

    // The organisation named within a few words after a spokesman noun, in its sentence (for the shipping company X).
    private Speaker? OrganisationAfter(int index)
    {
        var sentence = reading.SentenceOf(index);
        for (var i = index + 1; i < Math.Min(Tokens.Count, index + 7) && reading.SentenceOf(i) == sentence && !reading.IsQuoted(i); i++)
        {
            if (reading.MentionAt(i) is { } mention)
            {
                return mention.Kind == EntityKind.Organisation ? new Speaker(mention.Entity, EntityKind.Organisation) : null;
            }
        }

        return null;
    }
}
