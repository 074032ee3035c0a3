namespace NewsArchive.Extraction.Quotes;

/// <summary>Whether a span is a quote, and who said it with which cue.</summary>
internal sealed record Decision(bool Accepted, Speaker? Speaker, string? Cue)
{
    public static Decision Rejected { get; } = new(false, null, null);
}

/// <summary>
/// One body read for quotes: its tokens, quote spans, sentences and speaker mentions, and the rules that decide
/// which spans are quotes and who said them. Built per call; the lexicon is shared.
/// </summary>
internal sealed class QuoteReading
{
    private readonly string body;
    private readonly QuoteLexicon lexicon;
    private readonly IReadOnlyList<Token> tokens;
    private readonly IReadOnlyList<QuoteSpan> spans;
    private readonly List<SpeakerMention> mentions;
    private readonly Dictionary<FoundEntity, Gender> genders = [];
    private readonly Dictionary<string, FoundEntity> groups = new(StringComparer.Ordinal);
    private readonly bool[] quoted;
    private readonly int[] sentence;
    private readonly CueReader cues;
    private readonly SpeakerFinder speakers;

    // bodyTokens: the body's QuoteText.Tokenize tokens when the caller has them already (the analyser shares them).
    public QuoteReading(string body, QuoteLexicon lexicon, IReadOnlyList<FoundEntity> people, IReadOnlyList<FoundEntity> organisations, IReadOnlyList<Token>? bodyTokens = null)
    {
        this.body = body;
        this.lexicon = lexicon;
        tokens = bodyTokens ?? QuoteText.Tokenize(body);
        spans = QuoteSpans.Find(body);
        quoted = new bool[tokens.Count];
        var span = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (span < spans.Count && spans[span].Close <= tokens[i].Start)
            {
                span++;
            }

            quoted[i] = span < spans.Count && tokens[i].Start >= spans[span].Open && tokens[i].Start < spans[span].Close;
        }

        sentence = Sentences();
        cues = new CueReader(lexicon, tokens);
        // The entity finder misses some speakers' names that their place beside a title or role still gives.
        (people, organisations) = UnlistedPeople.With(body, tokens, quoted, lexicon, people, organisations);
        mentions = [.. SpeakerIndex.Find(body, people, organisations, lexicon).Where(m => !InsideSpan(m.Start))];
        AddAnaphors();
        foreach (var mention in mentions.Where(m => m.Gender != Gender.Unknown))
        {
            genders[mention.Entity] = mention.Gender;
        }

        // Without a title, a first name of known gender tells it (Gilles Pélisson is a man: "elle" is not him).
        foreach (var person in people.Where(p => !genders.ContainsKey(p)))
        {
            if (FirstNameGender(person.Name) is var gender and not Gender.Unknown)
            {
                genders[person] = gender;
            }
        }

        speakers = new SpeakerFinder(this);
    }

    public string Body => body;

    public QuoteLexicon Lexicon => lexicon;

    public IReadOnlyList<Token> Tokens => tokens;

    public CueReader Cues => cues;

    public IReadOnlyList<SpeakerMention> Mentions => mentions;

    public bool IsQuoted(int token) => quoted[token];

    public int SentenceOf(int token) => sentence.Length == 0 ? 0 : sentence[Math.Clamp(token, 0, sentence.Length - 1)];

    /// <summary>The quote span whose opening mark is at <paramref name="position"/>, or null.</summary>
    public QuoteSpan? SpanAt(int position) => spans.FirstOrDefault(s => s.Open == position);

    public Gender GenderOf(FoundEntity entity) => genders.GetValueOrDefault(entity);

    /// <summary>
    /// The group a lower-case word names at <paramref name="index"/> after a plural common noun and "les" (les
    /// islamistes shebab), when no dictionary holds it; else null. Every such word is one entity.
    /// </summary>
    public FoundEntity? GroupNameAt(int index)
    {
        var word = tokens[index];
        if (index < 2 || !lexicon.HasDictionary || !word.IsWord || word.IsCapitalised || word.Text.Length < 4 || !word.Text.All(char.IsLetter)
            || tokens[index - 2].Key != "les" || quoted[index - 1] || mentions.Any(m => m.Start == word.Start))
        {
            return null;
        }

        var noun = tokens[index - 1];
        if (!noun.IsWord || noun.IsCapitalised || noun.Key[^1] is not ('s' or 'x') || !lexicon.IsDictionaryWord(noun.Key) || lexicon.IsDictionaryWord(word.Key)
            || lexicon.Has("stop-word", word.Key) || cues.At(index) is not null)
        {
            return null;
        }

        if (!groups.TryGetValue(word.Text, out var group))
        {
            groups[word.Text] = group = new FoundEntity(word.Text, [new FoundMention(word.Text, word.Start, word.End)]);
        }

        return group;
    }

    /// <summary>The end of the last quote given to a named speaker, and that speaker; set as quotes are decided in order.</summary>
    public (int Close, Speaker Speaker)? LastQuoted { get; private set; }

    /// <summary>Whether the token is a determiner (le, un, du …).</summary>
    public bool IsDeterminer(int token) =>
        lexicon.Has("definite", tokens[token].Key) || lexicon.Has("indefinite", tokens[token].Key) || tokens[token].Key == "du";

    // The gender of the first word of a full name (Jean-Pierre by its first part), when the lexicon knows it.
    private Gender FirstNameGender(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return Gender.Unknown;
        }

        foreach (var word in new[] { words[0], words[0].Split('-')[0] })
        {
            var keys = QuoteText.EntryKeys(word);
            if (keys.Length == 1 && lexicon.Has("male-first-name", keys[0]))
            {
                return Gender.Male;
            }

            if (keys.Length == 1 && lexicon.Has("female-first-name", keys[0]))
            {
                return Gender.Female;
            }
        }

        return Gender.Unknown;
    }

    // "ce dernier", "cette dernière" (the latter) name the last person named before them, of their gender: they
    // become mentions of that person. "le dernier rapport" is an adjective, so a noun must not follow.
    private void AddAnaphors()
    {
        var added = new List<SpeakerMention>();
        var next = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var male = lexicon.Match("anaphor-male", tokens, i);
            var length = male > 0 ? male : lexicon.Match("anaphor-female", tokens, i);
            if (length == 0 || quoted[i])
            {
                continue;
            }

            var after = i + length;
            var standsAlone = after >= tokens.Count || !tokens[after].IsWord || cues.At(after) is not null
                || lexicon.Has("auxiliary", tokens[after].Key) || lexicon.Has("skip", tokens[after].Key) || lexicon.Has("relative", tokens[after].Key);
            var opposite = male > 0 ? Gender.Female : Gender.Male;
            while (next < mentions.Count && mentions[next].End <= tokens[i].Start)
            {
                next++;
            }

            SpeakerMention? antecedent = null;
            for (var m = next - 1; m >= 0 && standsAlone; m--)
            {
                if (mentions[m].Kind == EntityKind.Person && GenderOfMention(mentions[m]) != opposite)
                {
                    antecedent = mentions[m];
                    break;
                }
            }

            if (antecedent is not null)
            {
                added.Add(new SpeakerMention(tokens[i].Start, tokens[after - 1].End, antecedent.Entity, EntityKind.Person, Gender.Unknown));
            }
        }

        if (added.Count > 0)
        {
            mentions.AddRange(added);
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private Gender GenderOfMention(SpeakerMention mention) =>
        mention.Gender != Gender.Unknown ? mention.Gender : FirstNameGender(mention.Entity.Name);

    /// <summary>The index of the first token that starts at or after <paramref name="position"/>.</summary>
    public int TokenAt(int position) => FirstAtOrAfter(tokens, position, t => t.Start);

    /// <summary>The mention that starts exactly at token <paramref name="token"/>, or null.</summary>
    public SpeakerMention? MentionAt(int token)
    {
        if (token < 0 || token >= tokens.Count)
        {
            return null;
        }

        // Mentions are kept in order of their start: a binary search, since rules ask at many tokens.
        var start = tokens[token].Start;
        var low = FirstAtOrAfter(mentions, start, m => m.Start);
        return low < mentions.Count && mentions[low].Start == start ? mentions[low] : null;
    }

    /// <summary>The index of the first of <paramref name="items"/> (in order of their start) starting at or after <paramref name="position"/>.</summary>
    internal static int FirstAtOrAfter<T>(IReadOnlyList<T> items, int position, Func<T, int> start)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (start(items[middle]) < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    public IReadOnlyList<FoundQuote> Quotes()
    {
        var decided = new List<(QuoteSpan Span, Decision Decision, IReadOnlyList<(int Start, int End)> Parts)>();
        QuoteSpan? previousSpan = null;
        var previous = Decision.Rejected;
        foreach (var span in spans)
        {
            var decision = Decide(span, previousSpan, previous);
            var parts = decision.Accepted ? Split(span, ref decision) : [];
            decided.Add((span, decision, parts));
            previousSpan = span;
            previous = decision;
            if (decision is { Accepted: true, Speaker.Entity: not null })
            {
                LastQuoted = (span.Close, decision.Speaker);
            }
        }

        // A quote over several paragraphs (each reopening with «) has its incise after the last one: carry it back.
        for (var i = decided.Count - 2; i >= 0; i--)
        {
            var (span, decision, parts) = decided[i];
            if (decision.Accepted && decision.Cue is null && decided[i + 1] is { Span.Continues: true, Decision: { Accepted: true, Cue: not null } next })
            {
                decided[i] = (span, next, parts);
            }

            // « A » . « B » , a-t-il confié: a quote with neither cue nor speaker shares the incise of the quote
            // right after it in the same paragraph.
            else if (decision is { Accepted: true, Cue: null } && (decision.Speaker?.Entity is null || decision.Speaker.Entity == decided[i + 1].Decision.Speaker?.Entity)
                && decided[i + 1] is { Decision: { Accepted: true, Cue: not null, Speaker.Entity: not null } following } && OnlyPunctuation(span.Close, decided[i + 1].Span.Open))
            {
                decided[i] = (span, following, parts);
            }
        }

        var found = new List<FoundQuote>();
        foreach (var (_, decision, parts) in decided)
        {
            foreach (var (start, end) in parts)
            {
                // A name with no proper noun in it (gouvernement canadien) is a role, not a named speaker; a group's
                // own lower-case name (shebab) is one.
                var entity = decision.Speaker?.Entity is { } named && (IsProperName(named.Name) || groups.ContainsValue(named)) ? named : null;
                found.Add(new FoundQuote(body[start..end], start, end, entity?.Name, entity is null ? null : decision.Speaker!.Kind, decision.Cue));
            }
        }

        return found;
    }

    private bool OnlyPunctuation(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(body[i]) || body[i] == '\n')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsProperName(string name) =>
        name.Split([' ', '\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries).Any(word => char.IsUpper(word[0]) || char.IsDigit(word[0]));

    private Decision Decide(QuoteSpan span, QuoteSpan? previousSpan, Decision previous)
    {
        var first = TokenAt(span.Start);
        var last = TokenAt(span.End);
        var words = 0;
        for (var i = first; i < last; i++)
        {
            words += tokens[i].IsWord && !tokens[i].Text.EndsWith('\'') ? 1 : 0;
        }

        var coordinated = previousSpan is not null && previous.Accepted && IsCoordination(previousSpan.Close, span.Open);
        if (words < 3 || IsSubhead(span) || IsTitled(span, previousSpan, previous.Accepted))
        {
            return Decision.Rejected;
        }

        if (coordinated)
        {
            return previous;
        }

        var after = speakers.After(span);
        if (after is null && IsCrossReference(span))
        {
            return Decision.Rejected;
        }

        var before = after is null ? speakers.Before(span) : null;
        var colon = PreviousChar(span.Open) == ':';
        var verb = after is not null || before is { Cue.Kind: CueKind.Verb or CueKind.Read } || colon;
        var cued = verb || before is not null;
        var predicate = words > 4 && !cued ? PredicateOf(span) : null;
        if (words <= 4 ? !verb : !cued && predicate is null && !StartsSentence(span) && !(span.Continues && previous.Accepted))
        {
            return Decision.Rejected;
        }

        // "… décerné au Finlandais X « pour leur contribution » .⏎— Académie royale": a dash line under the paragraph
        // names the speaker of a quote the name before it only receives.
        if (predicate is not null)
        {
            return new Decision(true, speakers.DashLineUnder(span) ?? predicate, null);
        }

        var attribution = after ?? before;

        // A recap names the speaker of the whole statement before it, over the subject of a verb inside it.
        if ((after is null || attribution?.Speaker.Entity is null) && speakers.Recap(span) is { } recap)
        {
            attribution = recap;
        }

        if (attribution is not null)
        {
            return new Decision(true, attribution.Speaker, CueText(attribution.Cue));
        }

        if (span.Continues && previous.Accepted)
        {
            return previous;
        }

        // A colon with no speech verb before it (X montre les messages : « … ») gives the quote to the sentence's
        // subject; a subject that names nobody (les manifestants) keeps it from the speaker of the quote before.
        if (colon && speakers.BeforeColon(span) is { } subject)
        {
            return new Decision(true, subject, null);
        }

        var floating = speakers.Floating(span, previousSpan, previous.Accepted ? previous.Speaker : null);
        if (floating?.Entity is null && speakers.InNextSentence(span) is { } next)
        {
            return new Decision(true, next.Speaker, CueText(next.Cue));
        }

        // "X a brandi le drapeau. « Je voulais … »": a quote that opens its sentence with no cue and nobody quoted
        // before it gives the words to the person the sentence before it is about.
        return floating?.Entity is null && StartsSentence(span) && speakers.SubjectOfSentenceBefore(span) is { Entity: not null } about
            ? new Decision(true, about, null)
            : new Decision(true, floating, null);
    }

    // "Page actualisée : 13 octobre 2016 — « Burundi : Ban Ki-Moon appelle … »": after a dash, a headline (a place
    // or topic, a colon, a clause) is the title of another article, not speech.
    private bool IsCrossReference(QuoteSpan span)
    {
        if (PreviousChar(span.Open) is not ('—' or '–') || !char.IsUpper(body[span.Start]))
        {
            return false;
        }

        var colon = body.IndexOf(" : ", span.Start, Math.Min(40, span.End - span.Start), StringComparison.Ordinal);
        return colon > span.Start && body.AsSpan(span.Start, colon - span.Start).IndexOfAny(".!?,") < 0;
    }

    // "le pape François « s'associe à la douleur »", "X, est « effaré par … »": a quote that opens in lower case
    // right after a person's name (or after the name and a copula) is the predicate of that person, who says it.
    // An organisation there is more often what someone else's words are about (Pour X, le ministère « est hors de cause »).
    private Speaker? PredicateOf(QuoteSpan span)
    {
        if (!char.IsLower(body[span.Start]))
        {
            return null;
        }

        var index = TokenAt(span.Open) - 1;
        if (index >= 0 && lexicon.Has("copula", tokens[index].Key))
        {
            index--;
        }

        while (index >= 0 && tokens[index].Text == ",")
        {
            index--;
        }

        if (index < 0 || quoted[index])
        {
            return null;
        }

        var end = tokens[index].End;
        var mention = mentions.FirstOrDefault(m => m.End == end && m.Kind == EntityKind.Person);
        return mention is null ? null : new Speaker(mention.Entity, EntityKind.Person);
    }

    // A quote interrupted by an incise (« …, dit-elle, … ») becomes two quotes given to the incise's speaker.
    private IReadOnlyList<(int Start, int End)> Split(QuoteSpan span, ref Decision decision)
    {
        var first = TokenAt(span.Start);
        var last = TokenAt(span.End);
        for (var i = first + 1; i < last - 2; i++)
        {
            if (tokens[i].Text != "," || cues.At(i + 1) is not { Kind: CueKind.Verb } cue)
            {
                continue;
            }

            var next = cue.Last;
            Speaker? speaker = null;
            if (cue.Pronoun is not null)
            {
                speaker = speakers.Pronoun(cue.Pronoun, span.Open);
            }
            else if (MentionAt(next) is { } mention)
            {
                speaker = new Speaker(mention.Entity, mention.Kind);
                next = TokenAt(mention.End);
            }

            if (speaker is null || next >= last || tokens[next].Text != ",")
            {
                continue;
            }

            decision = new Decision(true, speaker, CueText(cue));
            return [(span.Start, TrimEnd(tokens[i].Start)), (TrimStart(tokens[next].End), span.End)];
        }

        return [(span.Start, span.End)];
    }

    public string CueText(Cue cue) => body[tokens[cue.First].Start..tokens[cue.Last - 1].End];

    private int TrimEnd(int end)
    {
        while (end > 0 && QuoteText.IsSpace(body[end - 1]))
        {
            end--;
        }

        return end;
    }

    private int TrimStart(int start)
    {
        while (start < body.Length && QuoteText.IsSpace(body[start]))
        {
            start++;
        }

        return start;
    }

    private bool InsideSpan(int position) => spans.Any(s => position >= s.Open && position < s.Close);

    private char PreviousChar(int position)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            if (!QuoteText.IsSpace(body[i]))
            {
                return body[i];
            }
        }

        return '\n';
    }

    /// <summary>Whether the quote opens its sentence (after a full stop, a line break or the start of the body).</summary>
    private bool StartsSentence(QuoteSpan span)
    {
        var first = body[span.Start];
        var before = PreviousChar(span.Open);
        return char.IsUpper(first) && (before is '.' or '!' or '?' or '\n' or '»' or '”' or '"' or '—' or '–' || OpensLine(span.Open));
    }

    // A quote alone at the head of its paragraph (after a "— Source" line) starts a sentence whatever ends the line above.
    private bool OpensLine(int position)
    {
        for (var i = position - 1; i >= 0 && body[i] != '\n'; i--)
        {
            if (!QuoteText.IsSpace(body[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsCoordination(int from, int to)
    {
        if (body.AsSpan(from, to - from).Contains('\n'))
        {
            return false;
        }

        var between = body[from..to].Trim().Trim(',').Trim();
        return between is "" or "et" or "ou" or "and" or "or";
    }

    // Subheads (- « Stargate au Japon » -) name a section; words in quotes there are not speech.
    private bool IsSubhead(QuoteSpan span)
    {
        var lineStart = body.LastIndexOf('\n', Math.Max(0, span.Open - 1)) + 1;
        var lineEnd = body.IndexOf('\n', span.Open);
        var line = body[lineStart..(lineEnd < 0 ? body.Length : lineEnd)].Trim();
        return line.Length > 1 && line[0] is '-' or '–' && line[^1] is '-' or '–';
    }

    // A title word before the span (intitulé « … », le film « … ») makes it a name; so does a bracketed
    // translation of such a name (« America first » (« l'Amérique en premier »)).
    private bool IsTitled(QuoteSpan span, QuoteSpan? previousSpan, bool previousAccepted)
    {
        // "les dispositions prévues par la loi « ne sauraient … »": words that open a clause start no name.
        if (TokenAt(span.Start) is var opening && opening < tokens.Count && lexicon.Has("clause-opener", tokens[opening].Key))
        {
            return false;
        }

        var index = TokenAt(span.Open) - 1;
        while (index >= 0 && tokens[index].Text is "(" or "[")
        {
            index--;
        }

        if (index >= 0 && (lexicon.Has("title", tokens[index].Key) || (index > 0 && lexicon.Match("title", tokens, index - 1) == 2)))
        {
            return true;
        }

        return previousSpan is not null && !previousAccepted && PreviousChar(span.Open) == '('
            && body[previousSpan.Close..span.Open].Trim() == "(";
    }

    private int[] Sentences()
    {
        var ids = new int[tokens.Count];
        var id = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            ids[i] = id;
            var ends = (!quoted[i] && tokens[i].Text is "." or "!" or "?" && !IsAbbreviation(i) && !GoesOn(i)) || EndsInsideQuote(i);
            var lineBreak = i + 1 < tokens.Count && body.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains('\n');
            if (ends || lineBreak)
            {
                id++;
            }
        }

        return ids;
    }

    // "le candidat d'En marche ! , faisant allusion", "Yahoo! a dit": an exclamation or question mark followed by a
    // comma or a lower-case word belongs to a name or an aside; the sentence goes on.
    private bool GoesOn(int index) =>
        tokens[index].Text is "!" or "?" && index + 1 < tokens.Count && !quoted[index + 1]
        && (tokens[index + 1].Text is "," or ";" || (tokens[index + 1].IsWord && !tokens[index + 1].IsCapitalised));

    // "… in the world." Later he said: a full stop just inside the closing mark ends the sentence when a capital follows.
    private bool EndsInsideQuote(int index) =>
        index > 0 && index + 1 < tokens.Count && tokens[index].Text is "»" or "”" or "\"" && quoted[index] && !quoted[index + 1]
        && tokens[index - 1].Text is "." or "!" or "?" && tokens[index + 1].IsWord && tokens[index + 1].IsCapitalised;

    private bool IsAbbreviation(int index)
    {
        if (tokens[index].Text != "." || index == 0)
        {
            return false;
        }

        var before = tokens[index - 1];
        var attached = before.End == tokens[index].Start;
        return attached && ((before.Text.Length == 1 && char.IsUpper(before.Text[0])) || lexicon.Has("abbreviation", before.Key));
    }
}
