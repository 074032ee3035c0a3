using NewsArchive.Extraction.Quotes;

namespace NewsArchive.Extraction;

/// <summary>
/// Finds the quotes of a body and who said them, by rules kept as data (Rules/speech-verbs.*.txt,
/// Rules/quote-cues.*.txt), after the rule-based extractors of the GenderGapTracker: quotation-mark spans,
/// speech-verb incises in both orders, cues before the quote, pronouns, floating quotes.
/// </summary>
/// <param name="lexicon">The words to read for every language, for tests; null uses the shipped lists per language.</param>
internal sealed class QuoteFinder(QuoteLexicon? lexicon = null)
{
    /// <summary>
    /// The quotes of <paramref name="body"/>. A speaker is the canonical name of one of <paramref name="people"/> or
    /// <paramref name="organisations"/>, or a person's name as the body writes it where the entity lists miss or
    /// shorten it (after a title or a role: <c>le pape François</c>), or null; offsets bound the text without its marks.
    /// <see cref="WithSpeakers"/> makes every speaker an entity. <paramref name="tokens"/> are the body's
    /// <see cref="QuoteText.Tokenize"/> tokens when the caller has them already (the analyser shares them with topics).
    /// </summary>
    public IReadOnlyList<FoundQuote> Find(string body, string language, IReadOnlyList<FoundEntity> people, IReadOnlyList<FoundEntity> organisations, IReadOnlyList<Token>? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new QuoteReading(body, lexicon ?? QuoteLexicon.For(language), people ?? [], organisations ?? [], tokens).Quotes();
    }

    /// <summary>
    /// The people and organisations with every speaker of <paramref name="quotes"/> among them, so each quote can be
    /// stored with its speaker: a fuller form of a listed one-word name (Daniel Okafor for Okafor), a listed name
    /// without its employer (Ben Torres for Ben Torres of Hillside Capital) or an organisation's name with the words
    /// that always follow it (Médecins du monde for Médecins) renames that entity; any other speaker is added with
    /// the places the body names them.
    /// </summary>
    public static (IReadOnlyList<FoundEntity> People, IReadOnlyList<FoundEntity> Organisations) WithSpeakers(
        string body, IReadOnlyList<FoundEntity> people, IReadOnlyList<FoundEntity> organisations, IReadOnlyList<FoundQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(quotes);
        var (persons, bodies) = (people.ToList(), organisations.ToList());
        foreach (var quote in quotes)
        {
            if (quote is not { Speaker: { } speaker, SpeakerKind: { } kind })
            {
                continue;
            }

            var list = kind == EntityKind.Person ? persons : bodies;

            // A one-word organisation that is a person speaker's surname (Mbeki for Grace Mbeki) was that person misread.
            var surname = speaker[(speaker.LastIndexOf(' ') + 1)..];
            if (kind == EntityKind.Person && speaker.Contains(' ', StringComparison.Ordinal) && bodies.FindIndex(e => e.Name == surname) is var misread and >= 0)
            {
                var mentions = bodies[misread].Mentions;
                bodies.RemoveAt(misread);
                var person = persons.FindIndex(e => e.Name == speaker);
                if (person >= 0)
                {
                    persons[person] = persons[person] with { Mentions = [.. persons[person].Mentions, .. mentions.Where(m => !persons[person].Mentions.Any(o => o.Start < m.End && m.Start < o.End))] };
                }
                else
                {
                    persons.Add(new FoundEntity(speaker, [.. SpeakerIndex.Occurrences(body, speaker).Select(at => new FoundMention(speaker, at, at + speaker.Length)), .. mentions]));
                }

                continue;
            }

            if (list.Any(e => e.Name == speaker))
            {
                continue;
            }

            var renamed = kind == EntityKind.Person
                ? list.FindIndex(e => speaker.EndsWith(" " + e.Name, StringComparison.Ordinal) || e.Name.StartsWith(speaker + " of ", StringComparison.Ordinal) || IsRoleOf(e.Name, speaker))
                : list.FindIndex(e => speaker.StartsWith(e.Name + " ", StringComparison.Ordinal));
            var named = SpeakerIndex.Occurrences(body, speaker).Select(at => new FoundMention(speaker, at, at + speaker.Length)).ToList();
            if (renamed >= 0)
            {
                // A mention that held the role (Finance Minister Daniel Okafor) is cut to the name, which the site highlights.
                var mentions = list[renamed].Mentions.Select(m => IsRoleOf(m.Text, speaker) ? new FoundMention(speaker, m.End - speaker.Length, m.End) : m).ToList();
                list[renamed] = new FoundEntity(speaker, [.. mentions, .. named.Where(m => !mentions.Any(o => o.Start < m.End && m.Start < o.End))]);
            }
            else if (named.Count > 0)
            {
                list.Add(new FoundEntity(speaker, named));
            }
        }

        return (persons, bodies);
    }

    // Whether the name is the speaker's after a role (Finance Minister Daniel Okafor for Daniel Okafor), in either language.
    private static bool IsRoleOf(string name, string speaker) =>
        name.EndsWith(" " + speaker, StringComparison.Ordinal)
        && (UnlistedPeople.WithoutRole(name, QuoteLexicon.For("en")) == speaker || UnlistedPeople.WithoutRole(name, QuoteLexicon.For("fr")) == speaker);
}
