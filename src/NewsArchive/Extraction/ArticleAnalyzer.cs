using NewsArchive.Extraction.Quotes;
using NewsArchive.Parsing;

namespace NewsArchive.Extraction;

/// <summary>
/// Runs every extractor over one article, in order. Pure and deterministic: the same article gives the same analysis.
/// </summary>
public sealed class ArticleAnalyzer
{
    /// <summary>An analyser over the rules shipped in <c>Rules/</c>, loaded once.</summary>
    public static ArticleAnalyzer Default { get; } = new();

    private readonly LanguageDetector languages = new();
    private readonly EntityFinder entities = new();
    private readonly QuoteFinder quotes = new();
    private readonly TopicFinder topics = new();
    private readonly DateFinder dates = new();

    /// <summary>Analyses <paramref name="article"/>; offsets in the result index its body.</summary>
    public Analysis Analyze(ParsedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var language = languages.Detect(article.Body, article.Language);
        var found = entities.Find(article, language);
        // Quotes and topics read the body split the same way: it is split once for both.
        var words = QuoteText.Tokenize(article.Body);
        var said = quotes.Find(article.Body, language, found.People, found.Organisations, words);
        // A speaker the entity finder missed or shortened becomes an entity, so the quote can be stored with them.
        var (people, organisations) = QuoteFinder.WithSpeakers(article.Body, found.People, found.Organisations, said);
        var about = topics.Find(article.Title, article.Body, language, words);
        var published = dates.Find(article, language);
        return new Analysis(language, published, people, organisations, found.Places, about, said);
    }
}
