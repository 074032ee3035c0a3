using System.Collections.Frozen;
using NewsArchive.Extraction.Quotes;
using NewsArchive.Extraction.Topics;

namespace NewsArchive.Extraction;

/// <summary>
/// The topics of an article: up to eight multi-word keyphrases drawn from its text and up to three subject
/// categories from word lists, each scored in [0, 1]. Ranking against the archive (idf) belongs to storage.
/// </summary>
internal sealed class TopicFinder
{
    private static readonly FrozenDictionary<string, (KeyphraseFinder Keyphrases, CategoryFinder Categories)> Shipped =
        new Dictionary<string, (KeyphraseFinder, CategoryFinder)>
        {
            ["fr"] = FromRules("fr", ["de", "du", "des", "d'"]),
            ["en"] = FromRules("en", ["of"]),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly (KeyphraseFinder Keyphrases, CategoryFinder Categories)? custom;

    /// <summary>The finder over the shipped rules, one set per language (French for anything but English).</summary>
    public TopicFinder()
    {
    }

    /// <summary>A finder over given word lists, for tests.</summary>
    public TopicFinder(IEnumerable<string> stopWords, IEnumerable<string> connectors, IEnumerable<string> categoryLines, IEnumerable<string>? roles = null) =>
        custom = (new KeyphraseFinder(stopWords.ToFrozenSet(StringComparer.Ordinal), connectors.ToFrozenSet(StringComparer.Ordinal), (roles ?? []).ToFrozenSet(StringComparer.Ordinal)),
            new CategoryFinder(categoryLines));

    /// <summary>The topics of an article; <paramref name="bodyTokens"/> are the body's <see cref="QuoteText.Tokenize"/> tokens when the caller has them.</summary>
    public IReadOnlyList<FoundTopic> Find(string title, string body, string language, IReadOnlyList<Token>? bodyTokens = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (keyphrases, categories) = custom ?? Shipped[string.Equals(language, "en", StringComparison.Ordinal) ? "en" : "fr"];
        // A title derived from the lead sentence is no headline: weighing it would count the lead twice.
        var headline = title is null || body.StartsWith(title.Trim(), StringComparison.Ordinal) ? "" : title;
        // Tokenized once for both finders: the body's tokens are the bulk of what topics cost.
        var headlineTokens = QuoteText.Tokenize(headline);
        bodyTokens ??= QuoteText.Tokenize(body);
        return [.. keyphrases.Find(headline, headlineTokens, body, bodyTokens), .. categories.Find(headlineTokens, bodyTokens)];
    }

    private static (KeyphraseFinder, CategoryFinder) FromRules(string language, string[] connectors)
    {
        // Speech verbs (a déclaré, said) frame quotes; they end a keyphrase like any stop word.
        var verbs = Lexicon.Lines($"speech-verbs.{language}").SelectMany(line => line.Split('|').Skip(1))
            .SelectMany(column => column.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(form => !form.Contains('_', StringComparison.Ordinal));
        var stop = Lexicon.Lines($"stop-words.{language}").Concat(Lexicon.Lines($"topics-stopwords.{language}")).Concat(verbs)
            .Select(QuoteText.KeyOf).Where(word => !connectors.Contains(word)).ToFrozenSet(StringComparer.Ordinal);
        var roles = Lexicon.Lines($"topics-roles.{language}").Select(QuoteText.KeyOf).ToFrozenSet(StringComparer.Ordinal);
        return (new KeyphraseFinder(stop, connectors.ToFrozenSet(StringComparer.Ordinal), roles), new CategoryFinder(Lexicon.Lines($"categories-{language}")));
    }
}
