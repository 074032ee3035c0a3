using BenchmarkDotNet.Attributes;
using NewsArchive.Extraction;
using NewsArchive.Parsing;
using NewsArchive.Storage;

namespace NewsArchive.Bench.Micro;

// BenchmarkDotNet derives a class from each benchmark type, so these cannot be sealed.

/// <summary>The whole analyser over every Wikinews article; words/s is printed beside the table.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmark
{
    private IReadOnlyList<ParsedArticle> articles = [];

    [GlobalSetup]
    public void Setup() => articles = WikinewsArticles.Parsed;

    [Benchmark]
    public int AnalyzeWikinews()
    {
        var found = 0;
        foreach (var article in articles)
        {
            found += ArticleAnalyzer.Default.Analyze(article).People.Count;
        }

        return found;
    }
}

/// <summary>The search tokenizer and stemmer the importer runs over every title and body.</summary>
[MemoryDiagnoser]
public class SearchTextBenchmark
{
    private IReadOnlyList<ParsedArticle> articles = [];

    [GlobalSetup]
    public void Setup() => articles = WikinewsArticles.Parsed;

    [Benchmark]
    public int TokenizeWikinews()
    {
        var tokens = 0;
        foreach (var article in articles)
        {
            tokens += SearchText.Tokens(article.Body).Count;
        }

        return tokens;
    }

    [Benchmark]
    public int StemWikinews()
    {
        var length = 0;
        foreach (var article in articles)
        {
            length += SearchText.Stems(article.Body, "fr").Length;
        }

        return length;
    }
}

/// <summary>Turning what a user typed into an FTS5 expression: runs on every search request.</summary>
[MemoryDiagnoser]
public class SearchQueryBenchmark
{
    [Params("élection", "\"premier ministre\" Macron", "minist* OR gouvern* -sport", "Le président de la République a déclaré mardi à Berlin que la France")]
    public string Text { get; set; } = "";

    [Benchmark]
    public string? Parse() => SearchQuery.TryParse(Text, out var query, out _) ? query.MatchExpression : null;
}

/// <summary>
/// Marking a page of hits in C# (SQLite's search table keeps no text): every search with a query marks its page's
/// titles and bodies. The page is the 20 longest Wikinews articles; the long body is 100 KB of one sentence, where a
/// common word occurs thousands of times.
/// </summary>
[MemoryDiagnoser]
public class HighlightBenchmark
{
    private SearchQuery query = null!;
    private List<ParsedArticle> page = [];
    private string longBody = "";

    [Params("président", "\"premier ministre\"", "minist*", "de OR la OR le")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        if (!SearchQuery.TryParse(Text, out var parsed, out var error))
        {
            throw new InvalidOperationException(error);
        }

        query = parsed;
        page = [.. WikinewsArticles.Parsed.OrderByDescending(a => a.Body.Length).Take(20)];
        longBody = string.Concat(Enumerable.Repeat("Le président de la République a reçu le Premier ministre de la Suède. ", 1400));
    }

    [Benchmark]
    public int MarkPage()
    {
        var length = 0;
        foreach (var article in page)
        {
            var (title, snippet) = Highlighting.Mark(article.Title, article.Body, query);
            length += title.Length + (snippet?.Length ?? 0);
        }

        return length;
    }

    [Benchmark]
    public int MarkLongBody() => Highlighting.Mark("", longBody, query).Snippet?.Length ?? 0;
}

