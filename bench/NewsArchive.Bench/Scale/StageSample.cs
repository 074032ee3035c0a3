using System.Diagnostics;
using NewsArchive.Extraction;
using NewsArchive.Parsing;
using NewsArchive.Storage;

namespace NewsArchive.Bench.Scale;

/// <summary>Where one core's time goes on a sample of the corpus: reading and parsing, analysing, then stemming for the search row.</summary>
/// <param name="Articles">Articles parsed.</param>
/// <param name="Words">Words of their bodies (whitespace-separated).</param>
/// <param name="Parse">Time spent reading and parsing the files.</param>
/// <param name="Extract">Time spent in <see cref="ArticleAnalyzer.Analyze"/>.</param>
/// <param name="ExtractCpu">Processor time of this process during the analyses (excludes waiting for a busy CPU).</param>
/// <param name="Stems">
/// Time spent stemming the title and body for the search row (<see cref="SearchText.Stems"/>): the import's workers do
/// it, a dry run does not, so it falls in the storage stage.
/// </param>
internal sealed record StageSample(int Articles, long Words, TimeSpan Parse, TimeSpan Extract, TimeSpan ExtractCpu, TimeSpan Stems)
{
    /// <summary>Stemming time per article on one core, in seconds.</summary>
    public double StemSecondsPerArticle => Articles == 0 ? 0 : Stems.TotalSeconds / Articles;

    /// <summary>The share of parse + extract time that parsing takes.</summary>
    public double ParseShare => Parse + Extract == TimeSpan.Zero ? 0 : Parse / (Parse + Extract);

    /// <summary>Analyser throughput on one core.</summary>
    public double WordsPerSecond => Extract == TimeSpan.Zero ? 0 : Words / Extract.TotalSeconds;

    /// <summary>Analyser throughput per CPU-second: what one idle core would do.</summary>
    public double WordsPerCpuSecond => ExtractCpu == TimeSpan.Zero ? 0 : Words / ExtractCpu.TotalSeconds;

    /// <summary>Parses then analyses <paramref name="maxFiles"/> of <paramref name="files"/>, spread over the list, on this thread, timing each stage.</summary>
    public static StageSample Measure(IReadOnlyList<string> files, int maxFiles)
    {
        var parse = new Stopwatch();
        var extract = new Stopwatch();
        var stems = new Stopwatch();
        var stemmed = new List<(string Title, string Body, string Language)>();
        var articles = 0;
        long words = 0;
        var extractCpu = TimeSpan.Zero;
        using var self = Process.GetCurrentProcess();
        // Evenly spaced files, so that each layout (JSON Lines sort first) weighs in the sample as it does in the corpus.
        var step = Math.Max(1, files.Count / Math.Max(1, maxFiles));
        foreach (var path in files.Where((_, i) => i % step == 0).Take(maxFiles))
        {
            parse.Start();
            var parsed = ArticleParser.Parse(path, File.ReadAllBytes(path));
            parse.Stop();
            foreach (var article in parsed.Articles)
            {
                self.Refresh();
                var cpu = self.TotalProcessorTime;
                extract.Start();
                var analysis = ArticleAnalyzer.Default.Analyze(article);
                extract.Stop();
                self.Refresh();
                extractCpu += self.TotalProcessorTime - cpu;
                stemmed.Add((article.Title, article.Body, analysis.Language));
                articles++;
                words += CountWords(article.Body);
            }
        }

        // Timed on the second pass: on the first, the sample's few thousand words are all missing from the stem cache,
        // which over a whole import holds nearly every word it meets.
        for (var pass = 0; pass < 2; pass++)
        {
            stems.Restart();
            foreach (var (title, body, language) in stemmed)
            {
                _ = SearchText.Stems(title, language).Length + SearchText.Stems(body, language).Length;
            }

            stems.Stop();
        }

        return new StageSample(articles, words, parse.Elapsed, extract.Elapsed, extractCpu, stems.Elapsed);
    }

    public static long CountWords(string text)
    {
        long count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
