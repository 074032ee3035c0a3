using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Extraction;

/// <summary>The people, organisations and places of one article.</summary>
public sealed record FoundEntities(IReadOnlyList<FoundEntity> People, IReadOnlyList<FoundEntity> Organisations, IReadOnlyList<FoundEntity> Places);

/// <summary>
/// Finds people, organisations and places in an article body: spots capitalised candidates, classifies each on
/// evidence, settles the undecided ones against the names the article has already proved ("Hayashi" after
/// "Yoshimasa Hayashi", "Son" after "Masayoshi Son" while a sentence-initial possessive "Son" stays a word), then
/// groups variants into entities.
/// </summary>
internal sealed class EntityFinder(EntityRules rules)
{
    private readonly CandidateSpotter spotter = new(rules);
    private readonly CandidateClassifier classifier = new(rules);

    public EntityFinder()
        : this(EntityRules.Default)
    {
    }

    public FoundEntities Find(ParsedArticle article, string language)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Body;
        var tokens = Tokenizer.Tokenize(text, rules.IsAbbreviation);
        var candidates = spotter.Spot(text, tokens);
        var french = language != "en";
        foreach (var candidate in candidates)
        {
            classifier.Classify(text, tokens, candidate, article.Dateline, french);
        }

        Settle(text, tokens, candidates);

        var people = new List<RawMention>();
        var organisations = new List<RawMention>();
        var places = new List<RawMention>();
        foreach (var c in candidates)
        {
            var target = c.Kind switch
            {
                EntityKind.Person => people,
                EntityKind.Organisation => organisations,
                EntityKind.Place => places,
                _ => null,
            };
            target?.Add(Mention(text, tokens, c.MentionFirst, c.Last));
            if (c.Kind is not EntityKind.Person and not EntityKind.Place && c.Last > c.MentionFirst)
            {
                AddNestedPlaces(text, tokens, c, places);
            }
        }

        return new FoundEntities(
            MentionGrouper.Group(people, mergeShortForms: true),
            MentionGrouper.Group(organisations, mergeShortForms: false),
            MentionGrouper.Group(places, mergeShortForms: false));
    }

    // An undecided candidate takes the kind of the same name proved elsewhere in the article; a single word takes
    // the person's kind when it is one of the words of a proved person's name.
    private void Settle(string text, List<Token> tokens, List<Candidate> candidates)
    {
        var kinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var personWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in candidates)
        {
            if (c.Kind is not { } kind)
            {
                continue;
            }

            kinds.TryAdd(NameKey.Of(Span(text, tokens, c.First, c.Last)), kind);
            if (kind == EntityKind.Person && c.Count > 1)
            {
                for (var k = c.First; k <= c.Last; k++)
                {
                    if (!rules.Particles.Contains(tokens[k].In(text)))
                    {
                        personWords.Add(tokens[k].In(text).ToString());
                    }
                }
            }
        }

        foreach (var c in candidates)
        {
            if (c.Kind is not null)
            {
                continue;
            }

            var words = Span(text, tokens, c.First, c.Last);
            if (c.Count == 1 && ((tokens[c.First].SentenceStart && rules.StopWords.Contains(words)) || rules.Calendar.Contains(words)))
            {
                continue; // "Son entreprise", "Lundi": a function word or a day, even when someone is called Son.
            }

            if (kinds.TryGetValue(NameKey.Of(words), out var kind))
            {
                c.Kind = kind;
            }
            else if (c.Count == 1 && personWords.Contains(words))
            {
                c.Kind = EntityKind.Person;
            }
            else
            {
                c.Kind = c.Fallback;
            }
        }
    }

    // "Grande Mosquée de Valence", "Coupe de Russie": the known place inside another name is a place mention too.
    private void AddNestedPlaces(string text, List<Token> tokens, Candidate c, List<RawMention> places)
    {
        for (var k = c.MentionFirst; k <= c.Last; k++)
        {
            var length = tokens[k].Capitalised ? rules.Places.LongestAt(text, tokens, k) : 0;
            // Only after a particle: "Grande Mosquée de Valence" holds a place, "Air France" does not.
            var afterParticle = k > 0 && tokens[k - 1].IsWord && !tokens[k - 1].Capitalised && rules.Particles.Contains(tokens[k - 1].In(text));
            if (length > 0 && afterParticle && k + length - 1 <= c.Last && (k > c.MentionFirst || k + length - 1 < c.Last))
            {
                places.Add(Mention(text, tokens, k, k + length - 1));
                k += length - 1;
            }
        }
    }

    private static string Span(string text, List<Token> tokens, int first, int last) =>
        text[tokens[first].Start..tokens[last].End];

    private static RawMention Mention(string text, List<Token> tokens, int first, int last)
    {
        var words = new List<string>(last - first + 1);
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number)
            {
                words.Add(tokens[k].In(text).ToString());
            }
        }

        return new RawMention(tokens[first].Start, tokens[last].End, Span(text, tokens, first, last), [.. words]);
    }
}
