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
