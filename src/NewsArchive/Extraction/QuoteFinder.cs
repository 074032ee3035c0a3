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
    /// The quotes of <paramref name="body"/>. A speaker is always the canonical name of one of
    /// <paramref name="people"/> or <paramref name="organisations"/>, or null; offsets bound the text without its marks.
    /// </summary>
    public IReadOnlyList<FoundQuote> Find(string body, string language, IReadOnlyList<FoundEntity> people, IReadOnlyList<FoundEntity> organisations)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new QuoteReading(body, lexicon ?? QuoteLexicon.For(language), people ?? [], organisations ?? []).Quotes();
    }
}
