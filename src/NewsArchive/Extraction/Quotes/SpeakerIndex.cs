namespace NewsArchive.Extraction.Quotes;

/// <summary>The gender a title tells (M., Mme), for pronoun cues; unknown for most names.</summary>
internal enum Gender
{
    Unknown = 0,
    Male = 1,
    Female = 2,
}

/// <summary>One place in the body where a known person or organisation is named.</summary>
internal sealed record SpeakerMention(int Start, int End, FoundEntity Entity, EntityKind Kind, Gender Gender);

/// <summary>
/// Every place in the body that names one of the given people or organisations: by its canonical name, by any
/// mention text, or (for people) by surname, so <c>M. Hayashi</c> points to Yoshimasa Hayashi.
/// </summary>
internal static class SpeakerIndex
{
    public static IReadOnlyList<SpeakerMention> Find(
        string body, IReadOnlyList<FoundEntity> people, IReadOnlyList<FoundEntity> organisations, QuoteLexicon lexicon)
    {
        var found = new List<SpeakerMention>();
        var surnames = new Dictionary<string, List<FoundEntity>>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && words[^1].Length > 2 && char.IsUpper(words[^1][0]))
            {
                if (!surnames.TryGetValue(words[^1], out var owners))
                {
                    surnames[words[^1]] = owners = [];
                }

                owners.Add(person);
            }
        }

        AddNamed(body, people, EntityKind.Person, found);
        AddNamed(body, organisations, EntityKind.Organisation, found);
        var continued = new Dictionary<FoundEntity, FoundEntity?>();
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Kind != EntityKind.Organisation || found[i].Entity.Name != body[found[i].Start..found[i].End])
            {
                continue;
            }

            if (!continued.TryGetValue(found[i].Entity, out var longer))
            {
                continued[found[i].Entity] = longer = Continuation(body, found[i].Entity.Name, lexicon) is { } words
                    ? new FoundEntity(found[i].Entity.Name + words, found[i].Entity.Mentions)
                    : null;
            }

            if (longer is not null)
            {
                found[i] = found[i] with { End = found[i].Start + longer.Name.Length, Entity = longer };
            }
        }

        var fuller = FullerNames(body, organisations);
        foreach (var (noisy, clean) in Unprefixed(people, lexicon).Concat(Unprefixed(organisations, lexicon)).Concat(Surnamed(people).Select(pair => KeyValuePair.Create(pair.Short, pair.Full))))
        {
            fuller.TryAdd(noisy, clean);
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (fuller.TryGetValue(found[i].Entity, out var full))
            {
                found[i] = found[i] with { Entity = full };
            }
        }

        foreach (var (surname, owners) in surnames)
        {
            foreach (var start in Occurrences(body, surname))
            {
                found.Add(new(start, start + surname.Length, Nearest(owners, found, start), EntityKind.Person, Gender.Unknown));
            }
        }

        // Keep the longest of overlapping names (Shigeru Ishiba over Ishiba), then read titles for gender.
        var kept = new List<SpeakerMention>();
        foreach (var mention in found.OrderBy(m => m.Start).ThenByDescending(m => m.End - m.Start))
        {
            if (kept.Count > 0 && mention.Start < kept[^1].End)
            {
                continue;
            }

            kept.Add(mention with { Gender = GenderBefore(body, mention.Start, lexicon) });
        }

        return kept;
    }

    private static void AddNamed(string body, IReadOnlyList<FoundEntity> entities, EntityKind kind, List<SpeakerMention> found)
    {
        foreach (var entity in entities)
        {
            var names = entity.Mentions.Select(m => m.Text).Append(entity.Name)
                .Where(name => name.Length > 1).Distinct(StringComparer.Ordinal);
            foreach (var name in names)
            {
                foreach (var start in Occurrences(body, name))
                {
                    found.Add(new(start, start + name.Length, entity, kind, Gender.Unknown));
                }
            }
        }
    }

    /// <summary>
    /// Organisations given twice, as an acronym and in full (MSF and Médecins sans frontières) or by their first
    /// words and in full (Pixar and Pixar Animation Studios): each short form maps to the fullest name it fits.
    /// </summary>
    internal static Dictionary<FoundEntity, FoundEntity> FullerNames(string body, IReadOnlyList<FoundEntity> organisations)
    {
        var map = new Dictionary<FoundEntity, FoundEntity>();
        foreach (var shortForm in organisations)
        {
            var name = shortForm.Name;
            var acronym = name.Length is >= 2 and <= 8 && name.All(char.IsUpper);
            var fits = organisations.Where(full => full != shortForm && full.Name.Length > name.Length
                && (acronym ? Initials(full.Name, true) == name || Initials(full.Name, false) == name || Introduces(body, full, name)
                    : name.Length >= 4 && full.Name.StartsWith(name + " ", StringComparison.Ordinal))).ToList();
            // Acronyms must fit one name; a first word may open several (Pixar Studios, Pixar Animation Studios):
            // the speaker is named at its fullest.
            if (fits.Count == 1 || (!acronym && fits.Count > 1))
            {
                map[shortForm] = fits.MaxBy(full => full.Name.Length)!;
            }
        }

        return map;
    }

    // "Médecins du monde" read as Médecins: an organisation whose every occurrence (two at least, or one before a
    // capitalised name) goes on with the same preposition and word (du monde, de Reims) is named with them.
    private static string? Continuation(string body, string name, QuoteLexicon lexicon)
    {
        string? common = null;
        var count = 0;
        var capitalised = false;
        foreach (var start in Occurrences(body, name))
        {
            var end = start + name.Length;
            var after = QuoteText.Tokenize(body.Substring(end, Math.Min(40, body.Length - end)));
            if (after.Count < 2 || body[end] != ' ' || !(lexicon.Has("complement", after[0].Key) || lexicon.Has("preposition", after[0].Key)))
            {
                return null;
            }

            var word = after.Count > 2 && lexicon.Has("definite", after[1].Key) ? 2 : 1;
            if (!after[word].IsWord || char.IsDigit(after[word].Text[0]) || lexicon.Has("stop-word", after[word].Key))
            {
                return null;
            }

            var words = body.Substring(end, after[word].End);
            if (common is not null && common != words)
            {
                return null;
            }

            common = words;
            count++;
            capitalised = after[word].IsCapitalised && lexicon.Has("complement", after[0].Key);
        }

        // Named once, an institution of a place (le CHRU de Reims) goes on with a capitalised name after "de".
        return count >= 2 || (count == 1 && capitalised) ? common : null;
    }

    /// <summary>
    /// Names read with the capitalised stop word that opens their sentence ("Pour Fillon, il …"): each maps to the one
    /// entity of the list whose name is, or ends with, the rest. (A common noun before a name is often part of it: le
    /// comité Nobel.)
    /// </summary>
    internal static Dictionary<FoundEntity, FoundEntity> Unprefixed(IReadOnlyList<FoundEntity> entities, QuoteLexicon lexicon)
    {
        var map = new Dictionary<FoundEntity, FoundEntity>();
        foreach (var noisy in entities)
        {
            var space = noisy.Name.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0)
            {
                continue;
            }

            var first = QuoteText.KeyOf(noisy.Name[..space]);
            // An article opens many names (Le Canard enchaîné, Le Monde): it is no stray word.
            var prefix = char.IsUpper(noisy.Name[0]) && lexicon.Has("stop-word", first) && !lexicon.Has("definite", first)
                && !lexicon.Has("male-first-name", first) && !lexicon.Has("female-first-name", first);
            var rest = noisy.Name[(space + 1)..];
            var clean = prefix && char.IsUpper(rest[0])
                ? entities.Where(e => e != noisy && (e.Name == rest || e.Name.EndsWith(" " + rest, StringComparison.Ordinal))).ToList()
                : [];
            if (clean.Count == 1)
            {
                map[noisy] = clean[0];
            }
        }

        return map;
    }

    /// <summary>
    /// A person listed by one word (Okafor) that is the surname of exactly one person listed in full (Daniel Okafor)
    /// is that person: each maps to the full name, so the speaker is named at their fullest.
    /// </summary>
    internal static IEnumerable<(FoundEntity Short, FoundEntity Full)> Surnamed(IReadOnlyList<FoundEntity> people)
    {
        foreach (var shortForm in people)
        {
            if (shortForm.Name.Contains(' ', StringComparison.Ordinal) || shortForm.Name.Length < 3 || !char.IsUpper(shortForm.Name[0]))
            {
                continue;
            }

            var full = people.Where(p => p != shortForm && p.Name.EndsWith(" " + shortForm.Name, StringComparison.Ordinal)).Take(2).ToList();
            if (full.Count == 1)
            {
                yield return (shortForm, full[0]);
            }
        }
    }

    // Whether a mention of the full name is followed by the acronym in brackets: l'Autorité des technologies … (BTK).
    private static bool Introduces(string body, FoundEntity full, string acronym) =>
        full.Mentions.Any(m => m.End <= body.Length && body.AsSpan(m.End).TrimStart().StartsWith($"({acronym})", StringComparison.Ordinal));

    // The upper-cased first letters of the words of a name, of every word or only of the capitalised ones.
    private static string Initials(string name, bool everyWord) =>
        string.Concat(name.Split([' ', '-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => char.IsLetter(word[0]) && (everyWord || char.IsUpper(word[0])))
            .Select(word => char.ToUpperInvariant(word[0])));

    // A surname shared by two people (Donald and Melania Trump) goes to the one named in full most recently.
    private static FoundEntity Nearest(List<FoundEntity> owners, List<SpeakerMention> found, int start)
    {
        if (owners.Count == 1)
        {
            return owners[0];
        }

        var last = found.Where(m => m.End <= start && owners.Contains(m.Entity)).MaxBy(m => m.Start);
        return last?.Entity ?? owners[0];
    }

    /// <summary>Where <paramref name="name"/> stands in the body as whole words.</summary>
    internal static IEnumerable<int> Occurrences(string body, string name)
    {
        for (var at = body.IndexOf(name, StringComparison.Ordinal); at >= 0; at = body.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(body[at - 1])) && (end == body.Length || !char.IsLetterOrDigit(body[end])))
            {
                yield return at;
            }
        }
    }

    private static Gender GenderBefore(string body, int start, QuoteLexicon lexicon)
    {
        var before = QuoteText.Tokenize(body[Math.Max(0, start - 12)..start]);
        for (var length = 1; length <= Math.Min(2, before.Count); length++)
        {
            var at = before.Count - length;
            if (lexicon.Match("male-title", before, at) == length)
            {
                return Gender.Male;
            }

            if (lexicon.Match("female-title", before, at) == length)
            {
                return Gender.Female;
            }
        }

        return Gender.Unknown;
    }
}
