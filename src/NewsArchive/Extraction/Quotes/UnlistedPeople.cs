namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// People the entity finder missed, read from the places a speaker's name stands: after a title or a role
/// (<c>M. Dupont</c>, <c>le pape François</c>, <c>Finance Minister Daniel Okafor</c>), a known first name and a
/// surname (<c>a déclaré Jean Dupont</c>), or two capitalised words set off by a role (<c>Eugene Owusu, membre de</c>).
/// A found person named by one word gets the fuller name written before it (Okafor → Daniel Okafor), and a person
/// named with an organisation (<c>Ben Torres of Hillside Capital</c>) is named without it: a speaker is named at
/// their fullest, without their employer.
/// </summary>
internal static class UnlistedPeople
{
    private const int MaxWords = 4;

    /// <summary>
    /// The people with those the text also names added, and fuller or trimmed names where the text gives them; and the
    /// organisations without a one-word "organisation" that is the surname of a person named after a title or role
    /// (Transport Minister Grace Mbeki … Mbeki told), who is among the people.
    /// </summary>
    public static (IReadOnlyList<FoundEntity> People, IReadOnlyList<FoundEntity> Organisations) With(
        string body, IReadOnlyList<Token> tokens, bool[] quoted, QuoteLexicon lexicon, IReadOnlyList<FoundEntity> people, IReadOnlyList<FoundEntity> organisations)
    {
        var owner = new FoundEntity?[tokens.Count];
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in people.Concat(organisations))
        {
            // Every tail of a name is known (Hans Hansson of Thomas Hans Hansson): the speaker index maps it back.
            var words = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var k = 0; k < words.Length; k++)
            {
                known.Add(string.Join(' ', words[k..]));
            }

            foreach (var mention in entity.Mentions)
            {
                known.Add(mention.Text);
                for (var i = QuoteReading.FirstAtOrAfter(tokens, mention.Start, t => t.Start); i < tokens.Count && tokens[i].Start < mention.End; i++)
                {
                    owner[i] = entity;
                }
            }
        }

        var found = new Dictionary<string, List<FoundMention>>(StringComparer.Ordinal);
        var fuller = new Dictionary<FoundEntity, (string Name, FoundMention Mention)>();
        var dropped = new HashSet<(FoundEntity Person, string Name)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (quoted[i] || !tokens[i].IsWord)
            {
                continue;
            }

            // A title or a role right before capitalised words proves them a person's name; a role needs a
            // determiner before it (le pape François) or a capital of its own (Finance Minister Daniel Okafor).
            // (Most words have no capital within three words after them: the look-ups are skipped there.)
            var cue = 0;
            var capitalisedRole = false;
            if (CapitalWithin(tokens, i + 1, 3))
            {
                cue = Math.Max(Math.Max(lexicon.Match("male-title", tokens, i), lexicon.Match("female-title", tokens, i)), lexicon.Match("name-title", tokens, i));
                if (cue == 0 && i > 0 && lexicon.Has("definite", tokens[i - 1].Key))
                {
                    cue = Math.Max(lexicon.Match("role", tokens, i), lexicon.Match("name-role", tokens, i));
                }
                else if (cue == 0 && tokens[i].IsCapitalised)
                {
                    cue = lexicon.Match("role", tokens, i);
                    capitalisedRole = cue > 0;
                }
            }

            var start = i + cue;
            if (cue == 0)
            {
                if (!StartsRun(tokens, quoted, i))
                {
                    continue;
                }

                // The first word of a sentence is capitalised whatever it is: Selon Jean Dupont, En Allemagne.
                if (lexicon.Has("stop-word", tokens[i].Key) && !KnownFirstName(lexicon, tokens[i].Key))
                {
                    start++;
                }
            }

            if (start >= tokens.Count || !IsNameWord(tokens[start]) || quoted[start])
            {
                continue;
            }

            var end = RunEnd(tokens, quoted, start);
            var words = WordsIn(tokens, start, end);
            // A capitalised role may open an organisation's name (General Motors): one word after it is not enough.
            if ((cue == 0 && !(words >= 2 && (KnownFirstName(lexicon, tokens[start].Key) || SetOffByRole(tokens, lexicon, end))))
                || (capitalisedRole && words < 2 && !KnownFirstName(lexicon, tokens[start].Key)))
            {
                continue;
            }

            var name = body[tokens[start].Start..tokens[end - 1].End];
            var mention = new FoundMention(name, tokens[start].Start, tokens[end - 1].End);
            // "le pape François" is not François Hollande, whose first name alone the entity finder may have read as him.
            var otherFirstName = cue > 0 && words == 1 && owner[start] is { } named && people.Contains(named) && named.Name.StartsWith(name + " ", StringComparison.Ordinal);
            if (otherFirstName)
            {
                dropped.Add((owner[start]!, name));
            }

            var surname = body[tokens[end - 1].Start..tokens[end - 1].End];
            if (otherFirstName || (Enumerable.Range(start, end - start).All(k => owner[k] is null) && !known.Contains(name)
                && !people.Any(p => p.Name.Length > surname.Length && p.Name.EndsWith(" " + surname, StringComparison.Ordinal))))
            {
                if (!found.TryGetValue(name, out var mentions))
                {
                    found[name] = mentions = [];
                }

                mentions.Add(mention);
            }
            else if (words >= 2 && owner[end - 1] is { } last && (people.Contains(last) || (cue > 0 && organisations.Contains(last))) && !last.Name.Contains(' ', StringComparison.Ordinal)
                && Enumerable.Range(start, end - start).All(k => owner[k] is null || owner[k] == last) && owner[start] is null)
            {
                fuller.TryAdd(last, (name, mention));
            }
        }

        // "Finance Minister Daniel Okafor …, Okafor told": a new full name ending in a one-word person's name is theirs.
        foreach (var (name, mentions) in found.ToList())
        {
            var surname = name[(name.LastIndexOf(' ') + 1)..];
            // A one-word "organisation" there (Transport Minister Grace Mbeki …, Mbeki told) is that person misread.
            if (name.Contains(' ', StringComparison.Ordinal) && (people.FirstOrDefault(p => p.Name == surname) ?? organisations.FirstOrDefault(o => o.Name == surname)) is { } person
                && !fuller.ContainsKey(person))
            {
                fuller[person] = (name, mentions[0]);
                found.Remove(name);
            }
        }

        if (found.Count == 0 && fuller.Count == 0 && dropped.Count == 0 && !people.Any(p => OfOrganisation(p.Name) is not null || WithoutRole(p.Name, lexicon) is not null))
        {
            return (people, organisations);
        }

        var result = new List<FoundEntity>(people.Count + found.Count);
        foreach (var listed in people)
        {
            var person = dropped.Any(d => d.Person == listed) ? listed with { Mentions = [.. listed.Mentions.Where(m => !dropped.Contains((listed, m.Text)))] } : listed;
            result.Add(fuller.TryGetValue(listed, out var full) ? new FoundEntity(full.Name, [.. person.Mentions, full.Mention])
                : OfOrganisation(person.Name) is { } trimmed ? person with { Name = trimmed }
                : WithoutRole(person.Name, lexicon) is { } own ? person with { Name = own }
                : person);
        }

        result.AddRange(found.Select(pair => new FoundEntity(pair.Key, pair.Value)));
        var misread = organisations.Where(fuller.ContainsKey).ToList();
        result.AddRange(misread.Select(organisation => new FoundEntity(fuller[organisation].Name, [.. organisation.Mentions, fuller[organisation].Mention])));
        return (result, misread.Count == 0 ? organisations : [.. organisations.Except(misread)]);
    }

    /// <summary>
    /// "Finance Minister Daniel Okafor", "Premier ministre Édouard Philippe": a person's name that opens with a role (after
    /// at most two capitalised modifiers) is the words after it, when two name words at least remain; else null.
    /// </summary>
    internal static string? WithoutRole(string name, QuoteLexicon lexicon)
    {
        var tokens = QuoteText.Tokenize(name);
        for (var at = 0; at < Math.Min(3, tokens.Count); at++)
        {
            if (!tokens[at].IsWord || !tokens[at].IsCapitalised)
            {
                return null;
            }

            var length = lexicon.Match("role", tokens, at);
            var rest = at + length;
            if (length > 0 && rest + 2 <= tokens.Count && WordsIn(tokens, rest, tokens.Count) >= 2 && IsNameWord(tokens[rest]) && IsNameWord(tokens[^1]))
            {
                return name[tokens[rest].Start..];
            }
        }

        return null;
    }

    // "Ben Torres of Hillside Capital": the person's own name, before the organisation they work for.
    private static string? OfOrganisation(string name)
    {
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        return of > 0 && of + 4 < name.Length && char.IsUpper(name[of + 4]) && name[..of].Contains(' ', StringComparison.Ordinal) ? name[..of] : null;
    }

    private static bool IsNameWord(Token token) =>
        token.IsWord && token.IsCapitalised && !(token.Text.Length > 1 && token.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    // A run of capitalised words opens after a word in lower case, after punctuation, or after the first word of a
    // sentence (Selon Jean Dupont), which is capitalised whatever it is.
    private static bool StartsRun(IReadOnlyList<Token> tokens, bool[] quoted, int index) =>
        IsNameWord(tokens[index]) && (index == 0 || !IsNameWord(tokens[index - 1]) || quoted[index - 1] || index < 2 || !tokens[index - 2].IsWord);

    // The end of the capitalised words from start (at most four; an initial with its full stop counts: Andrew G. McCabe).
    private static int RunEnd(IReadOnlyList<Token> tokens, bool[] quoted, int start)
    {
        var end = start;
        var words = 0;
        while (end < tokens.Count && words < MaxWords && !quoted[end] && IsNameWord(tokens[end]))
        {
            words++;
            end++;
            if (end + 1 < tokens.Count && tokens[end - 1].Text.Length == 1 && tokens[end].Text == "." && IsNameWord(tokens[end + 1]))
            {
                end++;
            }
        }

        return end;
    }

    private static bool CapitalWithin(IReadOnlyList<Token> tokens, int from, int count)
    {
        for (var i = from; i < Math.Min(tokens.Count, from + count); i++)
        {
            if (tokens[i].IsCapitalised)
            {
                return true;
            }
        }

        return false;
    }

    private static int WordsIn(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            words += tokens[i].IsWord ? 1 : 0;
        }

        return words;
    }

    private static bool KnownFirstName(QuoteLexicon lexicon, string key) =>
        lexicon.Has("male-first-name", key) || lexicon.Has("female-first-name", key)
        || lexicon.Has("male-first-name", key.Split('-')[0]) || lexicon.Has("female-first-name", key.Split('-')[0]);

    // "Eugene Owusu, membre de l'Ocha": a role or source noun of an organisation in apposition after the name.
    private static bool SetOffByRole(IReadOnlyList<Token> tokens, QuoteLexicon lexicon, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != ",")
        {
            return false;
        }

        var at = end + 1;
        var length = Math.Max(lexicon.Match("role", tokens, at), lexicon.Has("source", tokens[at].Key) ? 1 : 0);
        return length > 0 && !tokens[at].IsCapitalised && at + length < tokens.Count && (lexicon.Has("complement", tokens[at + length].Key) || lexicon.Has("preposition", tokens[at + length].Key));
    }
}
