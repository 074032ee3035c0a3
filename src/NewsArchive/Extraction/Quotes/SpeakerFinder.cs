namespace NewsArchive.Extraction.Quotes;

/// <summary>A cue and the speaker it gives a quote.</summary>
internal sealed record Attribution(Cue Cue, Speaker Speaker);

/// <summary>
/// Finds who said a quote: from an incise after it (<c>», a déclaré X</c>, <c>", X said</c>), from a cue before it
/// in the same sentence (<c>X a estimé que « …</c>, <c>selon X, « …</c>), from a pronoun (<c>a-t-il ajouté</c>),
/// or, for a quote with no cue, from the quote before it.
/// </summary>
internal sealed class SpeakerFinder(QuoteReading reading)
{
    private const int PhraseLength = 14;

    private readonly PronounResolver pronouns = new(reading);
    private readonly RoleResolver roles = new(reading);

    private IReadOnlyList<Token> Tokens => reading.Tokens;

    private QuoteLexicon Lexicon => reading.Lexicon;

    /// <summary>The incise right after the closing mark, or null.</summary>
    public Attribution? After(QuoteSpan span)
    {
        var index = SkipBracket(reading.TokenAt(span.Close));
        while (index < Tokens.Count && Tokens[index].Text is "," or "-" or "–" or "—" or ")" && !reading.IsQuoted(index))
        {
            index++;
        }

        if (index >= Tokens.Count || reading.SentenceOf(index) != reading.SentenceOf(reading.TokenAt(span.Open)))
        {
            return null;
        }

        // Quotes in a row share the incise after the last: « … », « … », ont affirmé des témoins; « … », et « … », déplore-t-il.
        if (index + 1 < Tokens.Count && Lexicon.Has("coordination", Tokens[index].Key) && reading.IsQuoted(index + 1))
        {
            index++;
        }

        if (reading.IsQuoted(index))
        {
            var next = reading.SpanAt(Tokens[index].Start);
            return next is null || next.Open < span.Close ? null : After(next);
        }

        // « … » selon X: the source after the quote, up to the end of its phrase.
        if (reading.Cues.At(index) is { Kind: CueKind.According } according)
        {
            var end = according.Last;
            while (end < Tokens.Count && reading.SentenceOf(end) == reading.SentenceOf(index) && !reading.IsQuoted(end))
            {
                end++;
            }

            return SourceAfter(according, end) is { } source ? new Attribution(according, source) : null;
        }

        // A present participle after the quote (« … », ajoutant que …) goes on with the subject before it: no incise.
        if ((reading.Cues.At(index) ?? reading.Cues.GoverningAt(index)) is { Kind: CueKind.Verb or CueKind.Read } cue && !IsGerund(cue))
        {
            // "« … », dit-il selon Francetv. …⏎— Khaled Freak": a dash line under the paragraph names the person a
            // pronoun incise stands for.
            var speaker = cue.Kind == CueKind.Read ? OrganisationIn(reading.SentenceOf(index))
                : cue.Pronoun is not null ? (DashLine(span) is { Kind: EntityKind.Person, Entity: { } dashed } && Agrees(cue.Pronoun, dashed)
                    ? new Speaker(dashed, EntityKind.Person) : pronouns.Resolve(cue.Pronoun, span.Open))
                : SubjectAfter(cue.Last);
            return new Attribution(cue, speaker);
        }

        // The subject may stand between the quote and its verb: ", X said", ", he said", ", a police official said".
        var sentence = reading.SentenceOf(index);
        var startsSubject = reading.MentionAt(index) is not null || IsPronoun(Tokens[index].Key)
            || Lexicon.Has("indefinite", Tokens[index].Key) || Lexicon.Has("definite", Tokens[index].Key) || RoleBeforePerson(index, sentence);

        // After a quote that opens its sentence, the subject may hold a name in apposition (“…,” the chamber's
        // director, Paul Brennan, said): commas and apostrophes inside it do not end it. A quote inside a sentence
        // (devant le parti « X », le ministre, Y, confirme) is a title or a name there, not words the subject said.
        var opening = reading.TokenAt(span.Open);
        var apposition = opening == 0 || reading.SentenceOf(opening - 1) != reading.SentenceOf(opening);
        for (var i = index + 1; startsSubject && i < Math.Min(Tokens.Count, index + (apposition ? 10 : 6)) && reading.SentenceOf(i) == sentence && !reading.IsQuoted(i)
            && (Tokens[i].IsWord || (apposition && Tokens[i].Text is "," or "'" or "’")); i++)
        {
            if (reading.Cues.At(i) is { Kind: CueKind.Verb } verb && verb.Pronoun is null)
            {
                var subject = reading.MentionAt(index) is { } mention ? new Speaker(mention.Entity, mention.Kind)
                    : IsPronoun(Tokens[index].Key) ? pronouns.Resolve(Tokens[index].Key, span.Open)
                    : Lexicon.Has("indefinite", Tokens[index].Key) ? Spokesman(index)
                    : roles.OrHolder(FirstIn(index, i, sentence), index, i);
                return new Attribution(verb, subject);
            }
        }

        // A few words may end the sentence's thought before an inverted incise: « … » du pays, a-t-il ajouté.
        for (var i = index + 1; i < Math.Min(Tokens.Count, index + 5) && reading.SentenceOf(i) == sentence && !reading.IsQuoted(i); i++)
        {
            if (Tokens[i].Text == "," && reading.Cues.At(i + 1) is { Kind: CueKind.Verb, Pronoun: { } pronoun } inverted)
            {
                return new Attribution(inverted, pronouns.Resolve(pronoun, span.Open));
            }
        }

        return null;
    }

    // « … » (moins d'une heure), d'après les autorités: a short bracket after the quote stands outside its incise.
    private int SkipBracket(int index)
    {
        if (index >= Tokens.Count || Tokens[index].Text != "(" || reading.IsQuoted(index))
        {
            return index;
        }

        for (var i = index + 1; i < Math.Min(Tokens.Count, index + PhraseLength) && !reading.IsQuoted(i); i++)
        {
            if (Tokens[i].Text == ")")
            {
                return i + 1;
            }
        }

        return index;
    }

    /// <summary>The last cue before the quote in its sentence, or null.</summary>
    public Attribution? Before(QuoteSpan span)
    {
        var open = reading.TokenAt(span.Open);
        var sentence = SentenceBefore(open);
        for (var i = open - 1; i >= 0 && reading.SentenceOf(i) == sentence; i--)
        {
            if (reading.IsQuoted(i) || reading.Cues.At(i) is not { } cue)
            {
                continue;
            }

            // Scanning backwards meets the participle of "a déclaré" before its auxiliary: take the whole form.
            for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
            {
                if (!reading.IsQuoted(j) && reading.Cues.At(j) is { Kind: CueKind.Verb } longer && longer.Last >= cue.Last)
                {
                    cue = longer;
                }
            }

            var speaker = cue.Kind switch
            {
                CueKind.According or CueKind.AccordingComma => SourceAfter(cue, open),
                CueKind.Read => OrganisationIn(sentence),
                _ => cue.Pronoun is not null ? pronouns.Resolve(cue.Pronoun, span.Open) : GerundOfPronoun(cue, GerundGoesOn(cue, SubjectBefore(cue))),
            };

            // "« A », affirme X, avant d'ajouter : « B »": the cue is the incise of the quote before, whose speaker goes on.
            // So is a verb right after it with a named subject after it (« A », a précisé le Conseil, qui « B »): the
            // words before the verb are the quote, not its subject.
            if ((speaker is { Entity: null } || (cue is { Kind: CueKind.Verb, Pronoun: null } && !IsGerund(cue)))
                && reading.LastQuoted is { } last && reading.TokenAt(last.Close) <= cue.First
                && reading.SentenceOf(reading.TokenAt(last.Close)) == sentence && OnlyPunctuationBetween(last.Close, Tokens[cue.First].Start)
                && !reading.Mentions.Any(m => m.Start >= Tokens[cue.First].Start && m.End <= span.Open && m.Entity != last.Speaker.Entity))
            {
                speaker = last.Speaker;
            }

            if (speaker is null)
            {
                // "pour" not followed by a name and a comma is an ordinary preposition: keep looking.
                continue;
            }

            return new Attribution(cue, speaker);
        }

        return null;
    }

    private bool OnlyPunctuationBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(reading.Body[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first person (else organisation) named in the sentence before the colon that opens the quote; else the
    /// person a subject pronoun opening it stands for (Il le regrette : « … »); else nobody when a common noun phrase
    /// of people opens it (Les manifestants scandaient : « … »); null when the sentence has no subject of its own.
    /// </summary>
    public Speaker? BeforeColon(QuoteSpan span)
    {
        var open = reading.TokenAt(span.Open);
        var sentence = SentenceBefore(open);
        var start = SentenceStart(open, sentence);

        // "À la suite de l'annonce de la SDJ, la direction de Canal+ a adressé un communiqué : « … »": a phrase that
        // opens the sentence with a preposition and ends in a comma names no subject; the clause after it does.
        if (Lexicon.Has("opening-preposition", Tokens[start].Key))
        {
            for (var i = start + 1; i < open - 1 && !reading.IsQuoted(i); i++)
            {
                if (Tokens[i].Text == ",")
                {
                    if (FirstIn(i + 1, open, sentence, subject: true) is { Entity: not null } subject)
                    {
                        return subject;
                    }

                    break;
                }
            }
        }

        var named = FirstIn(start, open, sentence, subject: true);
        if (named.Entity is not null)
        {
            return named;
        }

        if (start >= open - 1 || reading.IsQuoted(start))
        {
            return null;
        }

        // "Devant les salariés, il se veut ferme : « … »": the sentence's subject pronoun.
        for (var i = start; i < open; i++)
        {
            if (!reading.IsQuoted(i) && (Lexicon.Has("pronoun-male", Tokens[i].Key) || Lexicon.Has("pronoun-female", Tokens[i].Key)))
            {
                return pronouns.Resolve(Tokens[i].Key, Tokens[i].Start);
            }
        }

        if (!IsDeterminer(start) || !IsCommonWord(start + 1) || !IsPersonNoun(start + 1))
        {
            return null;
        }

        return Lexicon.Has("indefinite", Tokens[start].Key) ? Spokesman(start) : roles.OrHolder(Speaker.Unnamed, start, start + 2);
    }

    // A noun of people who may speak: a source, role or office (témoin, ministre, porte-parole, groupe), singular or
    // plural, or a plural agent noun (les grévistes, les opposants, des chercheurs).
    private bool IsPersonNoun(int index)
    {
        var key = Tokens[index].Key;
        var singular = key.Length > 3 && key[^1] is 's' or 'x' ? key[..^1] : key;
        return new[] { key, singular }.Any(word => Lexicon.Has("source", word) || Lexicon.Has("role", word) || Lexicon.Has("spokesman", word)
            || Lexicon.Has("organisation-role", word))
            || (singular.Length < key.Length && key.Length > 6 && (Lexicon.Has("agent-ending", key[^4..]) || Lexicon.Has("agent-ending", key[^5..])));
    }

    // The sentence a quote's cue stands in: its own, or the one before when a colon ends the line above it
    // (a commenté ce vote :⏎« … »).
    private int SentenceBefore(int open) =>
        open > 0 && Tokens[open - 1].Text == ":" && !reading.IsQuoted(open - 1) ? reading.SentenceOf(open - 1) : reading.SentenceOf(open);

    /// <summary>
    /// A whole-sentence quote with no cue and no speaker before it, followed on its line by a sentence without quotes
    /// whose speech verb has a named subject (« … » Le consul, Pierre Cochard, a ainsi conclu son discours): that
    /// subject and verb, or null.
    /// </summary>
    public Attribution? InNextSentence(QuoteSpan span)
    {
        var start = reading.TokenAt(span.Close);
        while (start < Tokens.Count && !Tokens[start].IsWord && !reading.IsQuoted(start))
        {
            start++;
        }

        if (start >= Tokens.Count || reading.IsQuoted(start) || reading.SentenceOf(start) == reading.SentenceOf(reading.TokenAt(span.Open))
            || reading.Body.AsSpan(span.Close, Tokens[start].Start - span.Close).Contains('\n'))
        {
            return null;
        }

        var sentence = reading.SentenceOf(start);
        for (var i = start; i < Tokens.Count && reading.SentenceOf(i) == sentence; i++)
        {
            if (reading.IsQuoted(i))
            {
                return null;
            }

            if (reading.Cues.At(i) is { Kind: CueKind.Verb, Pronoun: null } cue && !IsGerund(cue))
            {
                return SubjectBefore(cue) is { Entity: not null } subject ? new Attribution(cue, subject) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The person the sentence right before the quote opens with (a name, or a subject pronoun standing for one), when
    /// that sentence holds no quote; else null.
    /// </summary>
    public Speaker? SubjectOfSentenceBefore(QuoteSpan span)
    {
        var open = reading.TokenAt(span.Open);
        if (open == 0 || reading.IsQuoted(open - 1))
        {
            return null;
        }

        var sentence = reading.SentenceOf(open - 1);
        var start = open - 1;
        while (start > 0 && reading.SentenceOf(start - 1) == sentence)
        {
            start--;
            if (reading.IsQuoted(start))
            {
                return null;
            }
        }

        if (Lexicon.Has("pronoun-male", Tokens[start].Key) || Lexicon.Has("pronoun-female", Tokens[start].Key))
        {
            return pronouns.Resolve(Tokens[start].Key, Tokens[start].Start) is { Kind: EntityKind.Person } person ? person : null;
        }

        // The name may follow a determiner and a role or a demonym (Le Français Camille Lacourt arrive …).
        for (var i = start; i < Math.Min(open, start + 4); i++)
        {
            // "X et Y ont réagi": a sentence about several people gives the quote to none of them.
            if (reading.MentionAt(i) is { } mention)
            {
                var after = reading.TokenAt(mention.End);
                var several = after < open && Lexicon.Has("coordination", Tokens[after].Key);
                return mention.Kind == EntityKind.Person && !several ? new Speaker(mention.Entity, EntityKind.Person) : null;
            }

            if (Tokens[i].IsWord && !Tokens[i].IsCapitalised && !IsDeterminer(i) && !Lexicon.Has("role", Tokens[i].Key))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "« … » . C'est ce qu'a annoncé X": a sentence right after the quote's, opening with a recap of it, whose
    /// speech verb has a named subject: that subject and verb, or null.
    /// </summary>
    public Attribution? Recap(QuoteSpan span)
    {
        var index = reading.TokenAt(span.Close);
        var sentence = reading.SentenceOf(Math.Max(0, index - 1));
        var limit = Math.Min(Tokens.Count, index + 3);
        while (index < limit && reading.SentenceOf(index) == sentence && !reading.IsQuoted(index) && !Tokens[index].IsWord)
        {
            index++;
        }

        var length = index < Tokens.Count && reading.SentenceOf(index) != sentence ? Lexicon.Match("recap", Tokens, index) : 0;
        if (length == 0 || reading.Cues.At(reading.Cues.SkipFrom(index + length)) is not { Kind: CueKind.Verb, Pronoun: null } cue)
        {
            return null;
        }

        return SubjectAfter(cue.Last) is { Entity: not null } subject ? new Attribution(cue, subject) : null;
    }

    /// <summary>A quote with no cue: the speaker of the quote just before it, or a dash line (— Name) after it.</summary>
    public Speaker? Floating(QuoteSpan span, QuoteSpan? previousSpan, Speaker? previousSpeaker)
    {
        // A quote alone in its paragraph over a "— Name" line is a pull quote: the line names its speaker, whoever
        // spoke before it.
        if (AloneOnLine(span) && DashLine(span) is { Entity: not null } source)
        {
            return source;
        }

        // Names in the incise of the quote before (said X, the secretary of Y's Union) were read with it: only a
        // person named in a later sentence may take the floor.
        var incise = previousSpan is null ? -1 : reading.SentenceOf(reading.TokenAt(previousSpan.Close));
        if (previousSpan is not null && previousSpeaker is not null && (span.Open - previousSpan.Close < 400 || ParagraphBreaks(previousSpan.Close, span.Open) <= 1)
            && !reading.Mentions.Any(m => m.Start >= previousSpan.Close && m.Start < span.Open && m.Kind == EntityKind.Person && m.Entity != previousSpeaker.Entity
                && reading.SentenceOf(reading.TokenAt(m.Start)) != incise))
        {
            return previousSpeaker;
        }

        return DashLine(span);
    }

    // How many paragraph breaks (runs of line breaks) stand between two positions.
    private int ParagraphBreaks(int from, int to)
    {
        var breaks = 0;
        for (var i = from; i < to; i++)
        {
            if (reading.Body[i] == '\n' && (i == from || reading.Body[i - 1] != '\n'))
            {
                breaks++;
            }
        }

        return breaks;
    }

    // The speaker a "— Name" line under the quote's line names, or null.
    /// <summary>
    /// The speaker a "— Name" line names right under the paragraph the quote ends (« … » .⏎— Name), or null.
    /// </summary>
    public Speaker? DashLineUnder(QuoteSpan span)
    {
        var lineEnd = reading.Body.IndexOf('\n', span.Close);
        return lineEnd >= 0 && reading.Body.AsSpan(span.Close, lineEnd - span.Close).Trim().Trim("».,;”\"").IsEmpty
            && DashLine(span) is { Entity: not null } named ? named : null;
    }

    private Speaker? DashLine(QuoteSpan span)
    {
        var lineEnd = reading.Body.IndexOf('\n', span.Close);
        if (lineEnd < 0)
        {
            return null;
        }

        var next = reading.TokenAt(lineEnd);
        while (next < Tokens.Count && Tokens[next].Text is "-" or "–" or "—")
        {
            next++;
        }

        if (next > reading.TokenAt(lineEnd) && reading.MentionAt(next) is { } mention)
        {
            return new Speaker(mention.Entity, mention.Kind);
        }

        return next > reading.TokenAt(lineEnd) ? SourceLine(next) : null;
    }

    // Whether only spaces and punctuation stand between the quote and the line breaks around it.
    private bool AloneOnLine(QuoteSpan span)
    {
        var body = reading.Body;
        for (var i = span.Open - 1; i >= 0 && body[i] != '\n'; i--)
        {
            if (char.IsLetterOrDigit(body[i]))
            {
                return false;
            }
        }

        for (var i = span.Close; i < body.Length && body[i] != '\n'; i++)
        {
            if (char.IsLetterOrDigit(body[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "— Préfecture des Bouches-du-Rhône" under a quote: a source line of capitalised words (and particles) no
    // entity list named is still its speaker, up to a comma; one with a common word in it (— Porte-parole des
    // marins-pompiers) is an unnamed source.
    private Speaker? SourceLine(int first)
    {
        var line = reading.SentenceOf(first);
        var end = first;
        while (end < Tokens.Count && end - first < 8 && reading.SentenceOf(end) == line && !reading.IsQuoted(end) && Tokens[end].Text != ",")
        {
            var token = Tokens[end];
            var particle = Lexicon.Has("complement", token.Key) || Lexicon.Has("preposition", token.Key) || Lexicon.Has("definite", token.Key);
            if (!(token.IsWord && (token.IsCapitalised || (particle && end > first)) || token.Text is "-" or "." or "'" or "’"))
            {
                return null;
            }

            end++;
        }

        if (end == first || (end < Tokens.Count && reading.SentenceOf(end) == line && Tokens[end].Text != ","))
        {
            return null;
        }

        while (end > first && !Tokens[end - 1].IsWord)
        {
            end--;
        }

        var name = reading.Body[Tokens[first].Start..Tokens[end - 1].End];
        var firstName = Lexicon.Has("male-first-name", Tokens[first].Key) || Lexicon.Has("female-first-name", Tokens[first].Key);
        var kind = firstName && end - first >= 2 ? EntityKind.Person : EntityKind.Organisation;
        return new Speaker(new FoundEntity(name, [new FoundMention(name, Tokens[first].Start, Tokens[end - 1].End)]), kind);
    }

    /// <summary>The speaker a subject pronoun (il, elle, he, she) at or before <paramref name="position"/> stands for.</summary>
    public Speaker Pronoun(string pronoun, int position) => pronouns.Resolve(pronoun, position);

    private bool IsPronoun(string key) =>
        Lexicon.Has("pronoun-male", key) || Lexicon.Has("pronoun-female", key) || Lexicon.Has("pronoun-plural", key) || Lexicon.Has("pronoun-impersonal", key);

    // The subject after an inverted verb: « … », a déclaré mardi Yoshimasa Hayashi, le porte-parole.
    private Speaker SubjectAfter(int index)
    {
        // The skip words hold "l'" and "les" (object pronouns before a participle): the role phrase may start there.
        // They also hold "ce", which opens "ce dernier", a mention of its own.
        var start = index;
        if (reading.MentionAt(index) is { } anaphor)
        {
            return new Speaker(anaphor.Entity, anaphor.Kind);
        }

        index = reading.Cues.SkipFrom(index);
        if (index >= Tokens.Count || reading.IsQuoted(index))
        {
            return Speaker.Unnamed;
        }

        if (reading.MentionAt(index) is { } mention)
        {
            return new Speaker(mention.Entity, mention.Kind);
        }

        var end = Math.Min(Tokens.Count, index + PhraseLength);
        if (Lexicon.Has("indefinite", Tokens[index].Key))
        {
            // "a déclaré une représentante du comité, Oksana Kovrijnykh": the name in apposition is the speaker.
            var spokesman = Spokesman(index);
            for (var i = index + 1; spokesman.Entity is null && i < end - 1 && reading.SentenceOf(i) == reading.SentenceOf(index) && !reading.IsQuoted(i); i++)
            {
                if (Tokens[i].Text == ",")
                {
                    return reading.MentionAt(i + 1) is { Kind: EntityKind.Person } named ? new Speaker(named.Entity, EntityKind.Person) : spokesman;
                }
            }

            return spokesman;
        }

        // "écrivent les parents de Quentin Roy": a person named as the complement of the subject noun is not the
        // subject; a person named in apposition after it is (a déclaré le porte-parole de X, Y), else the role's holder.
        // (The skip words hold "les" and "l'": the phrase may open just before the index.)
        if (PersonComplement(index > start && Lexicon.Has("definite", Tokens[index - 1].Key) ? index - 1 : index) is { } complement)
        {
            var after = reading.TokenAt(complement.End);
            return after + 1 < Tokens.Count && Tokens[after].Text == "," && reading.SentenceOf(after + 1) == reading.SentenceOf(index)
                && reading.MentionAt(after + 1) is { Kind: EntityKind.Person } apposition
                ? new Speaker(apposition.Entity, EntityKind.Person)
                : roles.OrHolder(Speaker.Unnamed, start, Math.Min(end, index + 2));
        }

        return roles.OrHolder(FirstIn(index, end, reading.SentenceOf(index), subject: true), start, Math.Min(end, index + 2));
    }

    // The person named as the complement of a common noun phrase opening at the token (les parents de X, la mère
    // d'X, le porte-parole de X): a definite determiner, one to three lower-case words, "de", then the name; or null.
    private SpeakerMention? PersonComplement(int index)
    {
        if (index >= Tokens.Count || !Lexicon.Has("definite", Tokens[index].Key))
        {
            return null;
        }

        for (var i = index + 1; i < Math.Min(Tokens.Count - 1, index + 5) && IsCommonWord(i); i++)
        {
            if (i > index + 1 && Lexicon.Has("complement", Tokens[i].Key))
            {
                return reading.MentionAt(i + 1) is { Kind: EntityKind.Person } person && reading.TokenAt(person.Start) == i + 1 ? person : null;
            }
        }

        return null;
    }

    // Whether a singular pronoun (il, elle) may stand for the person: their known gender does not contradict it.
    private bool Agrees(string pronoun, FoundEntity person) =>
        Lexicon.Has("pronoun-male", pronoun) ? reading.GenderOf(person) != Gender.Female
        : Lexicon.Has("pronoun-female", pronoun) && reading.GenderOf(person) != Gender.Male;

    // "le Rwanda a répondu par la voix de son porte-parole, X : « … »": the person the words speak through.
    private Speaker? VoiceAfter(Cue cue)
    {
        var sentence = reading.SentenceOf(cue.First);
        for (var i = cue.Last; i < Math.Min(Tokens.Count, cue.Last + 4) && reading.SentenceOf(i) == sentence && !reading.IsQuoted(i); i++)
        {
            var length = Lexicon.Match("voice", Tokens, i);
            if (length > 0)
            {
                var found = FirstIn(i + length, Math.Min(Tokens.Count, i + length + PhraseLength), sentence);
                return found.Kind == EntityKind.Person ? found : null;
            }
        }

        return null;
    }

    // The subject before a verb: a pronoun just before it, else the first person (then organisation) named in
    // the sentence before it, else an unnamed source.
    private Speaker SubjectBefore(Cue cue)
    {
        if (VoiceAfter(cue) is { } voice)
        {
            return voice;
        }

        var sentence = reading.SentenceOf(cue.First);
        var index = cue.First - 1;
        while (index >= 0 && !reading.IsQuoted(index) && (Lexicon.Has("skip", Tokens[index].Key) || Tokens[index].Text == ","))
        {
            index--;
        }

        // "il le regrette", "elle nous l'a dit": object pronouns stand between the subject pronoun and its verb.
        var subjectAt = index;
        while (subjectAt > 0 && reading.SentenceOf(subjectAt) == sentence && !reading.IsQuoted(subjectAt) && Lexicon.Has("object-pronoun", Tokens[subjectAt].Key)
            && subjectAt > index - 2)
        {
            subjectAt--;
        }

        // "La municipalité, quant à elle, justifie": a pronoun inside a skip phrase is no subject.
        if (subjectAt >= 0 && reading.SentenceOf(subjectAt) == sentence && !reading.IsQuoted(subjectAt) && IsPronoun(Tokens[subjectAt].Key) && !InSkipPhrase(subjectAt))
        {
            return pronouns.Resolve(Tokens[subjectAt].Key, Tokens[subjectAt].Start);
        }

        // "Ému, Hamon a rendu hommage après sa rencontre avec le président, Jean Dupont, confiant qu'il …": a gerund
        // after a comma has the subject of its sentence's main verb, the person who opens it, not the name before it.
        if (IsGerund(cue) && cue.First > 0 && Tokens[cue.First - 1].Text == "," && OpeningSubject(cue.First, sentence) is { } opening)
        {
            return opening;
        }

        // The subject named right before the verb, with a role in apposition (X, le porte-parole, a dit) or a
        // relative pronoun (X, qui commente) between them, governs the verb before any earlier name in the sentence.
        if (NamedSubjectBefore(cue, sentence) is { } subject)
        {
            return subject;
        }

        // A common noun phrase right before the verb (des voisins décrivent, sa famille qui a communiqué) is its
        // subject: an earlier name in the clause is not.
        if (!IsGerund(cue) && NounPhraseSubject(cue, sentence) is { } phrase)
        {
            return phrase;
        }

        // "comme l'indique X, « … »": the subject comes after the verb.
        if (index >= 0 && reading.SentenceOf(index) == sentence && Lexicon.Has("inversion", Tokens[index].Key) && SubjectAfter(cue.Last) is { Entity: not null } inverted)
        {
            return inverted;
        }

        // Otherwise the first name of the verb's own clause: "X doit …, mais Y a jugé" gives Y, not X. A verb right
        // after the break has no subject of its own (X n'a pas précisé …, mais a annoncé): it shares the one before.
        var start = cue.First;
        for (var clauses = 0; clauses < 3; clauses++)
        {
            while (start > 0 && reading.SentenceOf(start - 1) == sentence && !(Lexicon.Has("clause-break", Tokens[start - 1].Key) && !reading.IsQuoted(start - 1)))
            {
                start--;
            }

            if (start < 2 || reading.SentenceOf(start - 2) != sentence || reading.Cues.SkipFrom(start) < cue.First)
            {
                break;
            }

            start--;
        }

        var found = FirstIn(start, cue.First, sentence, subject: true);

        // "le capitaine montpelliérain, élu MVP, se dit fier": a role phrase before the first organisation of the
        // clause is its subject, and that role's holder speaks.
        if (found is { Kind: EntityKind.Organisation, Entity: { } organisation }
            && roles.OrHolder(Speaker.Unnamed, start, reading.TokenAt(FirstMentionStart(organisation, start, sentence))) is { Kind: EntityKind.Person } holder)
        {
            return holder;
        }

        // A role phrase anywhere in the clause stands for its holder however long the words before the verb
        // (L'archevêque de Rouen, invité à l'Élysée, appelle; Par ailleurs, l'association cite … et annonce).
        return found.Entity is null && Lexicon.Has("indefinite", Tokens[start].Key) ? Spokesman(start)
            : roles.OrHolder(found, start, cue.First);
    }

    // The unnamed (or spokesman's, or role holder's) subject when the words before the verb are a common noun
    // phrase: a determiner, at most three lower-case words, then the verb or a relative "qui". A phrase that is the
    // complement of another (la direction de la chaîne) is read back to the head; null when no such phrase stands there.
    private Speaker? NounPhraseSubject(Cue cue, int sentence)
    {
        var index = cue.First - 1;
        var relative = false;
        while (index >= 0 && !reading.IsQuoted(index) && (Lexicon.Has("skip", Tokens[index].Key) || Lexicon.Has("relative", Tokens[index].Key)))
        {
            relative |= Lexicon.Has("relative", Tokens[index].Key);
            index--;
        }

        for (var hop = 0; hop < 3; hop++)
        {
            // "un groupe de militaires et averti": a phrase ends on a noun or adjective, not on "et".
            if (index < 0 || reading.SentenceOf(index) != sentence || !IsCommonWord(index) || Lexicon.Has("clause-break", Tokens[index].Key)
                || Lexicon.Has("coordination", Tokens[index].Key))
            {
                return null;
            }

            var determiner = -1;
            for (var i = index - 1; i >= Math.Max(0, index - 4) && determiner < 0; i--)
            {
                if (reading.SentenceOf(i) != sentence || reading.IsQuoted(i))
                {
                    return null;
                }

                if (IsDeterminer(i))
                {
                    determiner = i;
                }
                else if (!IsCommonWord(i))
                {
                    return null;
                }
            }

            if (determiner < 0)
            {
                return null;
            }

            // "du", "des" after a noun and "de la", "d'un" open a complement: the head noun comes before them.
            var previous = determiner - 1;
            var complement = !relative && previous >= 0 && reading.SentenceOf(previous) == sentence
                && (Tokens[determiner].Key == "du" || (Tokens[determiner].Key == "des" && IsCommonWord(previous)) || Lexicon.Has("complement", Tokens[previous].Key));
            if (complement)
            {
                index = Tokens[determiner].Key is "du" or "des" ? previous : previous - 1;
                continue;
            }

            if (previous >= 0 && reading.SentenceOf(previous) == sentence && Lexicon.Has("coordination", Tokens[previous].Key))
            {
                return null;
            }

            // A definite phrase (la direction) may be the office of an organisation named in the clause, which
            // speaks for it: only a role held by a person named before settles it here. Set off by a comma, a
            // phrase that is no office opens its own clause (…, en l'arrêt de la Cour d'appel, le conseil a
            // estimé): a name before the comma is not its subject (but: Du côté de Canal+, la direction justifie).
            return Lexicon.Has("indefinite", Tokens[determiner].Key) ? Spokesman(determiner)
                : roles.OrHolder(Speaker.Unnamed, determiner, index + 1) is { Entity: not null } holder ? holder
                : previous >= 0 && Tokens[previous].Text == "," && !reading.IsQuoted(previous) && !Lexicon.Has("spokesman", Tokens[determiner + 1].Key) ? Speaker.Unnamed
                : null;
        }

        return null;
    }

    // Whether the token ends a skip phrase of several words (quant à elle, de son côté).
    private bool InSkipPhrase(int index)
    {
        for (var k = 1; k <= 3 && index - k >= 0; k++)
        {
            if (Lexicon.Match("skip", Tokens, index - k) == k + 1)
            {
                return true;
            }
        }

        return false;
    }

    // « … », a-t-il dit, affirmant que « … »: a gerund with no subject of its own goes on with the quote before it
    // in its sentence.
    private Speaker GerundGoesOn(Cue cue, Speaker found)
    {
        if (found.Entity is not null || !IsGerund(cue))
        {
            return found;
        }

        // "Brightwave said in a statement, adding that « … »": with no quote before it, the gerund shares the
        // subject of the speech verb before it in its sentence.
        if (reading.LastQuoted is not { } last || reading.SentenceOf(reading.TokenAt(last.Close)) != reading.SentenceOf(cue.First))
        {
            return cue.First > 0 && Tokens[cue.First - 1].Text == "," ? MainVerbSubject(cue) ?? found : found;
        }

        var close = reading.TokenAt(last.Close);
        return close < cue.First && reading.SentenceOf(close) == reading.SentenceOf(cue.First) ? last.Speaker : found;
    }

    // The named subject of the nearest speech verb (not itself a gerund) before the gerund in its sentence, or null.
    private Speaker? MainVerbSubject(Cue cue)
    {
        var sentence = reading.SentenceOf(cue.First);
        for (var i = cue.First - 1; i >= 0 && reading.SentenceOf(i) == sentence && !reading.IsQuoted(i); i--)
        {
            if (reading.Cues.At(i) is { Kind: CueKind.Verb, Pronoun: null } verb && verb.Last <= cue.First && !IsGerund(verb))
            {
                return SubjectBefore(verb) is { Entity: not null } subject ? subject : null;
            }
        }

        return null;
    }

    // "Il maintient …, affirmant qu'il n'y avait « … »": a gerund in a sentence opened by a subject pronoun has that
    // pronoun for subject.
    private Speaker GerundOfPronoun(Cue cue, Speaker found)
    {
        if (found.Entity is not null || !IsGerund(cue))
        {
            return found;
        }

        var start = SentenceStart(cue.First, reading.SentenceOf(cue.First));

        // The pronoun may follow an opening phrase: "Devant les salariés, il se veut rassurant : « … »".
        for (var i = start; i < cue.First && !reading.IsQuoted(i); i++)
        {
            if ((i == start || Tokens[i - 1].Text == ",") && (Lexicon.Has("pronoun-male", Tokens[i].Key) || Lexicon.Has("pronoun-female", Tokens[i].Key)))
            {
                return pronouns.Resolve(Tokens[i].Key, Tokens[i].Start);
            }
        }

        return found;
    }

    // The person named first in the sentence, when the name opens it or follows a one-word opening set off by a
    // comma (Ému, Hamon …), and a word that is no complement follows it; else null.
    private Speaker? OpeningSubject(int before, int sentence)
    {
        var start = SentenceStart(before, sentence);

        // (A capitalised opening word may have been read as a name: Ému, Hamon …)
        if (start + 2 < before && Tokens[start + 1].Text == "," && Tokens[start].IsWord && reading.MentionAt(start + 2) is { Kind: EntityKind.Person })
        {
            start += 2;
        }

        return reading.MentionAt(start) is { Kind: EntityKind.Person } opening && reading.TokenAt(opening.Start) == start
            && reading.TokenAt(opening.End) is var next && next < before && Tokens[next].IsWord && !Lexicon.Has("complement", Tokens[next].Key)
            ? new Speaker(opening.Entity, EntityKind.Person)
            : null;
    }

    // The first token of `sentence` reached going back from the token at `from`: `from` itself when the token before it
    // is in another sentence.
    private int SentenceStart(int from, int sentence)
    {
        var start = from;
        while (start > 0 && reading.SentenceOf(start - 1) == sentence)
        {
            start--;
        }

        return start;
    }

    // A present participle (en lui répondant, ajoutant) has the subject of its main clause, not the phrase before it.
    private bool IsGerund(Cue cue) => cue.Last == cue.First + 1 && Lexicon.Has("gerund-ending", Ending(Tokens[cue.First].Key));

    // The indefinite determiner of a phrase of at most three lower-case words ending at index (une voisine), or null.
    private int? IndefinitePhraseEndingAt(int index, int sentence)
    {
        for (var i = index; i >= Math.Max(0, index - 3) && reading.SentenceOf(i) == sentence; i--)
        {
            if (i < index && Lexicon.Has("indefinite", Tokens[i].Key))
            {
                return i;
            }

            if (!IsCommonWord(i))
            {
                return null;
            }
        }

        return null;
    }

    private bool IsDeterminer(int index) => reading.IsDeterminer(index);

    private bool IsCommonWord(int index) =>
        Tokens[index].IsWord && !Tokens[index].IsCapitalised && !reading.IsQuoted(index) && reading.MentionAt(index) is null && !IsDeterminer(index);

    // The mention that ends right before the verb (over skip words and a relative "qui"), or the person before a
    // role set off by commas (X, ministre de la Défense, a déclaré); null when no name stands there.
    private Speaker? NamedSubjectBefore(Cue cue, int sentence)
    {
        var index = cue.First - 1;
        var comma = false;
        while (index >= 0 && !reading.IsQuoted(index) && (Lexicon.Has("skip", Tokens[index].Key) || Lexicon.Has("relative", Tokens[index].Key) || Tokens[index].Text == ","))
        {
            comma |= Tokens[index].Text == ",";
            index--;
        }

        // "Télérama le qualifiant « … »", "Paul Martin la décrit": an object pronoun between a name and its verb.
        if (!comma && index > 0 && Tokens[index].Key is "le" or "la" && !reading.IsQuoted(index - 1) && MentionEndingAt(index - 1) is not null)
        {
            index--;
        }

        if (index < 0 || reading.SentenceOf(index) != sentence || reading.IsQuoted(index))
        {
            return null;
        }

        // "par une voisine, qui a ajouté": an unnamed source stands before the comma.
        if (comma && IndefinitePhraseEndingAt(index, sentence) is { } determiner)
        {
            return Spokesman(determiner);
        }

        if (comma)
        {
            // "Petrova's lawyer, Omar Haddad, told": a person named in apposition after a role is the subject.
            if (MentionEndingAt(index) is { Kind: EntityKind.Person } appositive && reading.TokenAt(appositive.Start) is var opens and > 0
                && Tokens[opens - 1].Text == "," && reading.SentenceOf(opens - 1) == sentence)
            {
                return new Speaker(appositive.Entity, EntityKind.Person);
            }

            // A name that closes the apposition (co-fondateur de Wikipédia,) is not the subject: the person before
            // the comma that opens it is.
            for (var i = index - 1; i >= Math.Max(0, index - PhraseLength) && reading.SentenceOf(i) == sentence && !reading.IsQuoted(i); i--)
            {
                if (Tokens[i].Text == ",")
                {
                    return i > 0 && MentionEndingAt(i - 1) is { Kind: EntityKind.Person } named ? new Speaker(named.Entity, named.Kind) : null;
                }
            }

            return MentionEndingAt(index) is { Kind: EntityKind.Person } person ? new Speaker(person.Entity, person.Kind) : null;
        }

        if (MentionEndingAt(index) is not { } mention)
        {
            return null;
        }

        // "Mounir Mahjoubi sur France Inter a dénoncé": the medium after its preposition is not the subject; the
        // person named right before the preposition is.
        if (mention.Kind == EntityKind.Organisation && MediumPreposition(reading.TokenAt(mention.Start)) is var medium and > 0)
        {
            return reading.SentenceOf(medium - 1) == sentence && !reading.IsQuoted(medium - 1) && MentionEndingAt(medium - 1) is { Kind: EntityKind.Person } person
                ? new Speaker(person.Entity, EntityKind.Person)
                : null;
        }

        // "un proche de Brigitte Troadec confie": a person named as the complement of a noun is not the subject.
        var first = reading.TokenAt(mention.Start);
        if (mention.Kind == EntityKind.Person && first >= 2 && Lexicon.Has("complement", Tokens[first - 1].Key) && IsCommonWord(first - 2))
        {
            return Speaker.Unnamed;
        }

        // An organisation closing an unended apposition (Bruno Le Maire, ministre de l'Économie a affirmé) belongs
        // to the role: the person before the comma speaks.
        if (mention.Kind == EntityKind.Organisation)
        {
            // "Analyst Ben Torres of Hillside Capital said", "Paul Roy de Greenpeace a dit": the person the
            // organisation qualifies speaks.
            var opens = reading.TokenAt(mention.Start);
            if (opens >= 2 && Lexicon.Has("complement", Tokens[opens - 1].Key) && MentionEndingAt(opens - 2) is { Kind: EntityKind.Person } member)
            {
                return new Speaker(member.Entity, EntityKind.Person);
            }

            for (var i = reading.TokenAt(mention.Start) - 1; i > 0 && i >= index - PhraseLength && reading.SentenceOf(i) == sentence && !reading.IsQuoted(i); i--)
            {
                if (Tokens[i].Text == ",")
                {
                    return MentionEndingAt(i - 1) is { Kind: EntityKind.Person } person ? new Speaker(person.Entity, person.Kind) : PortfolioOr(mention);
                }
            }

            return PortfolioOr(mention);
        }

        return new Speaker(mention.Entity, mention.Kind);
    }

    // "Le ministre iranien des Transports rappelle": a minister's portfolio is no speaker; the minister is, when the
    // article named one before, else nobody. Any other organisation speaks for itself.
    private Speaker PortfolioOr(SpeakerMention mention) =>
        PortfolioRole(reading.TokenAt(mention.Start)) is var portfolio and >= 0
            ? roles.OrHolder(Speaker.Unnamed, Math.Max(0, portfolio - 1), portfolio)
            : new Speaker(mention.Entity, mention.Kind);

    private SpeakerMention? MentionEndingAt(int index) =>
        reading.Mentions.FirstOrDefault(m => m.End == Tokens[index].End);

    // The source after "selon": the first person, else organisation, named before the comma that ends the phrase.
    private Speaker? SourceAfter(Cue cue, int open)
    {
        var end = cue.Last;
        while (end < open && Tokens[end].Text is not "," and not ":" and not ";")
        {
            end++;
        }

        if (cue.Kind == CueKind.AccordingComma)
        {
            // "Pour lui, « … »": a stressed pronoun and a comma stand for a person named before.
            var stressed = Lexicon.Has("stressed-male", Tokens[cue.Last].Key) ? Gender.Male : Lexicon.Has("stressed-female", Tokens[cue.Last].Key) ? Gender.Female : Gender.Unknown;
            if (stressed != Gender.Unknown && cue.Last + 1 < open && Tokens[cue.Last + 1].Text == ",")
            {
                return pronouns.Resolve(stressed, Tokens[cue.First].Start, personOnly: true) is { Entity: not null } holder ? holder : null;
            }

            // "Pour eux, « … »": a group gives its view, and names nobody.
            if (Lexicon.Has("stressed-plural", Tokens[cue.Last].Key) && cue.Last + 1 < open && Tokens[cue.Last + 1].Text == ",")
            {
                return Speaker.Unnamed;
            }

            var mention = reading.MentionAt(cue.Last);
            if (mention is not null)
            {
                return Tokens[reading.TokenAt(mention.End)].Text == "," ? new Speaker(mention.Entity, mention.Kind) : null;
            }

            // "pour le président de la Commission européenne Jean-Claude Juncker, « … »": a role, then the person.
            if (!Lexicon.Has("definite", Tokens[cue.Last].Key))
            {
                return null;
            }

            var person = reading.Mentions.FirstOrDefault(m => m.Kind == EntityKind.Person && m.Start > Tokens[cue.Last].Start && m.End <= Tokens[Math.Min(end, Tokens.Count - 1)].Start);
            if (Lexicon.Match("role", Tokens, cue.Last + 1) == 0 || end >= open || Tokens[end].Text != ",")
            {
                return null;
            }

            // "Pour le président du Centre d'analyse, Jean Dupont, « … »": the person may stand in apposition after
            // the role's complement, set off by commas.
            return person is not null ? (reading.TokenAt(person.End) == end ? new Speaker(person.Entity, EntityKind.Person) : null)
                : reading.MentionAt(end + 1) is { Kind: EntityKind.Person } named && reading.TokenAt(named.Start) == end + 1
                    && reading.TokenAt(named.End) is var comma && comma < open && Tokens[comma].Text == ","
                    ? new Speaker(named.Entity, EntityKind.Person)
                    : null;
        }

        // "selon lui", "d'après elle": a stressed pronoun stands for a person named before.
        if (cue.Last < Tokens.Count && Lexicon.Has("stressed-male", Tokens[cue.Last].Key))
        {
            return pronouns.Resolve(Gender.Male, Tokens[cue.First].Start, personOnly: true);
        }

        if (cue.Last < Tokens.Count && Lexicon.Has("stressed-female", Tokens[cue.Last].Key))
        {
            return pronouns.Resolve(Gender.Female, Tokens[cue.First].Start, personOnly: true);
        }

        // "Selon une le Comité d'enquête": a name right after a stray determiner is still the source; "selon un
        // officier, Abdulahi Ahmed, …" names the source in apposition.
        if (Lexicon.Has("indefinite", Tokens[cue.Last].Key) && reading.MentionAt(cue.Last + 1) is null && reading.MentionAt(cue.Last + 2) is null)
        {
            var spokesman = Spokesman(cue.Last);
            return spokesman.Entity is null && end < open && Tokens[end].Text == "," && reading.MentionAt(end + 1) is { Kind: EntityKind.Person } named
                ? new Speaker(named.Entity, EntityKind.Person)
                : spokesman;
        }

        // "Selon le secrétaire général, Ban Ki-moon, …": a name in apposition after the role still belongs to the phrase.
        // "Selon le texte, A. Coulibaly doit « … »": a name followed by its verb is the clause's subject, not an apposition.
        var source = roles.OrHolder(FirstIn(cue.Last, end, reading.SentenceOf(cue.First)), cue.Last, Math.Min(end, cue.Last + 2));
        if (source.Entity is null && end < open && Tokens[end].Text == "," && reading.MentionAt(end + 1) is { } apposition
            && reading.TokenAt(apposition.End) is var closing && (closing >= Tokens.Count || !Tokens[closing].IsWord))
        {
            return new Speaker(apposition.Entity, apposition.Kind);
        }

        return source;
    }

    // "un porte-parole de l'ONU" speaks for the organisation; "un responsable américain" stays unnamed.
    private Speaker Spokesman(int index)
    {
        var limit = Math.Min(Tokens.Count, index + 3);
        for (var i = index + 1; i < limit; i++)
        {
            if (Lexicon.Has("spokesman", Tokens[i].Key))
            {
                var organisation = reading.Mentions.FirstOrDefault(m => m.Start >= Tokens[i].End && m.Kind == EntityKind.Organisation
                    && reading.TokenAt(m.Start) <= i + 4);
                return organisation is null ? Speaker.Unnamed : new Speaker(organisation.Entity, EntityKind.Organisation);
            }
        }

        return Speaker.Unnamed;
    }

    // Where the entity is first named in the sentence, from token `from` on.
    private int FirstMentionStart(FoundEntity entity, int from, int sentence) =>
        reading.Mentions.First(m => m.Entity == entity && reading.TokenAt(m.Start) >= from && reading.SentenceOf(reading.TokenAt(m.Start)) == sentence).Start;

    private Speaker FirstIn(int from, int to, int sentence, bool subject = false)
    {
        SpeakerMention? organisation = null;
        foreach (var mention in reading.Mentions)
        {
            var token = reading.TokenAt(mention.Start);
            if (token < from || token >= to || reading.SentenceOf(token) != sentence
                || (subject && mention.Kind == EntityKind.Organisation && (IsAddressed(token) || PortfolioRole(token) >= 0)))
            {
                continue;
            }

            if (mention.Kind == EntityKind.Person)
            {
                return new Speaker(mention.Entity, EntityKind.Person);
            }

            organisation ??= mention;
        }

        return organisation is null ? Speaker.Unnamed : new Speaker(organisation.Entity, EntityKind.Organisation);
    }

    // "Sur France Inter, le secrétaire général … affirme", "a indiqué au Monde le substitut": an organisation after a
    // preposition of place or address is the medium or the listener, not the subject.
    private bool IsAddressed(int token) => MediumPreposition(token) >= 0;

    // The portfolio word of a minister (le ministre iranien des Transports, le Ministre de l'Intérieur) that the entity
    // finder may read as an organisation: the token of the minister word before the organisation at `token`, over one
    // adjective and the complement (de, des, du, de la, d'), or -1.
    private int PortfolioRole(int token)
    {
        var at = token - 1;
        if (at >= 0 && Lexicon.Has("definite", Tokens[at].Key))
        {
            at--;
        }

        if (at < 0 || !(Lexicon.Has("complement", Tokens[at].Key) || Tokens[at].Key is "des" or "du"))
        {
            return -1;
        }

        for (var i = at - 1; i >= Math.Max(0, at - 2) && !reading.IsQuoted(i) && Tokens[i].IsWord; i--)
        {
            if (Lexicon.Has("minister", Tokens[i].Key))
            {
                return i;
            }

            if (!IsCommonWord(i))
            {
                return -1;
            }
        }

        return -1;
    }

    // The medium preposition before the organisation at `token` (sur la radio France Inter, au Monde), or -1.
    private int MediumPreposition(int token)
    {
        // "sur la radio France Inter", "au quotidien Le Monde": a common noun may name the kind of medium.
        var before = token - 1;
        if (before > 0 && IsCommonWord(before) && reading.IsDeterminer(before - 1))
        {
            before--;
        }

        if (before >= 0 && Lexicon.Has("definite", Tokens[before].Key))
        {
            before--;
        }

        return before >= 0 && !reading.IsQuoted(before) && Lexicon.Has("medium-preposition", Tokens[before].Key) ? before : -1;
    }

    // ", chief executive Sofia Lindqvist said", ", former minister X said": a role (after at most one lower-case
    // modifier), then a person's name. Other lower-case words (", of X who …") open no subject.
    private bool RoleBeforePerson(int index, int sentence)
    {
        for (var at = index; at < Math.Min(Tokens.Count, index + 2) && reading.SentenceOf(at) == sentence && IsCommonWord(at); at++)
        {
            var length = Lexicon.Match("role", Tokens, at);
            if (length > 0 && at + length < Tokens.Count && reading.MentionAt(at + length) is { Kind: EntityKind.Person })
            {
                return true;
            }
        }

        return false;
    }

    // "peut-on lire" names no speaker: take the organisation named in the sentence, else the source of a
    // communiqué named in the sentence before (selon un communiqué de Turkey Blocks. « … » peut-on lire …).
    private Speaker OrganisationIn(int sentence)
    {
        var organisation = reading.Mentions.FirstOrDefault(m => m.Kind == EntityKind.Organisation && reading.SentenceOf(reading.TokenAt(m.Start)) == sentence);
        if (organisation is not null)
        {
            return new Speaker(organisation.Entity, EntityKind.Organisation);
        }

        foreach (var mention in reading.Mentions)
        {
            var token = reading.TokenAt(mention.Start);
            if (reading.SentenceOf(token) == sentence - 1 && token >= 2 && Lexicon.Has("spokesman", Tokens[token - 2].Key) && Tokens[token - 1].Key is "de" or "du" or "of")
            {
                return new Speaker(mention.Entity, mention.Kind);
            }
        }

        return Speaker.Unnamed;
    }

    private static string Ending(string key) => key.Length > 3 ? key[^3..] : key;
}
