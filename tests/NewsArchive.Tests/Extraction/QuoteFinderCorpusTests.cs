using System.Diagnostics;
using NewsArchive.Evaluation;
using NewsArchive.Extraction;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Extraction;

/// <summary>Runs the quote, topic and date finders over every seed article and checks what must always hold.</summary>
public sealed class QuoteFinderCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void KeepsItsContractOnEverySeedArticle()
    {
        var quotes = new QuoteFinder();
        var topics = new TopicFinder();
        var dates = new DateFinder();
        var files = Directory.EnumerateFiles(RepoRoot.File("seeds"), "*.txt", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith("-urls.txt", StringComparison.Ordinal) && !path.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var watch = Stopwatch.StartNew();
        var (found, withSpeaker, dated) = (0, 0, 0);
        var (quoteTime, topicTime) = (new Stopwatch(), new Stopwatch());
        foreach (var path in files)
        {
            var gold = new QuoteGold(Path.GetRelativePath(RepoRoot.Path, path), "corpus", []);
            var article = gold.Article(RepoRoot.Path);
            var (people, organisations) = gold.Entities(RepoRoot.Path, article.Body);
            quoteTime.Start();
            var all = quotes.Find(article.Body, "fr", people, organisations);
            quoteTime.Stop();
            var (speakingPeople, speakingOrganisations) = QuoteFinder.WithSpeakers(article.Body, people, organisations, all);
            var names = speakingPeople.Concat(speakingOrganisations).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            Assert.All(speakingPeople.Concat(speakingOrganisations), e => Assert.All(e.Mentions, m => Assert.Equal(m.Text, article.Body[m.Start..m.End])));
            foreach (var quote in all)
            {
                Assert.True(quote.Start >= 0 && quote.End <= article.Body.Length && quote.Start < quote.End, path);
                Assert.Equal(quote.Text, article.Body[quote.Start..quote.End]);
                Assert.True(quote.Speaker is null || names.Contains(quote.Speaker), $"{path}: {quote.Speaker}");
                Assert.Equal(quote.Speaker is null, quote.SpeakerKind is null);
                found++;
                withSpeaker += quote.Speaker is null ? 0 : 1;
            }

            topicTime.Start();
            var about = topics.Find(article.Title, article.Body, "fr");
            topicTime.Stop();
            Assert.All(about, t => Assert.InRange(t.Score, 0, 1));
            dated += dates.Find(article, "fr") is null ? 0 : 1;
        }

        output.WriteLine($"{files.Count} articles, {found} quotes ({withSpeaker} with a speaker), {dated} dated, {watch.ElapsedMilliseconds} ms (quotes {quoteTime.ElapsedMilliseconds} ms, topics {topicTime.ElapsedMilliseconds} ms)");
        Assert.True(files.Count > 1000);
    }
}
