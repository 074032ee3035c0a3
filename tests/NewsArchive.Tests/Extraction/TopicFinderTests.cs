using NewsArchive.Evaluation;
using NewsArchive.Extraction;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Extraction;

public sealed class TopicFinderTests(ITestOutputHelper output)
{
    private static readonly TopicFinder Finder = new();

    [Fact]
    public void FindsTheSeedsKeyphrasesAndCategories()
    {
        var gold = QuoteGold.ReadAll(RepoRoot.File("eval", "quotes")).Single(g => g.Source.EndsWith("000_a1569518ab3dae2f.txt", StringComparison.Ordinal));
        var article = gold.Article(RepoRoot.Path);
        var topics = Finder.Find(article.Title, article.Body, "fr");
        foreach (var topic in topics)
        {
            output.WriteLine($"{topic.Kind} {topic.Name} {topic.Score}");
        }

        var phrases = topics.Where(t => t.Kind == TopicKind.Keyphrase).Select(t => t.Name).ToList();
        Assert.Contains("intelligence artificielle", phrases);
        Assert.Contains("sécurité nationale", phrases);
        Assert.Equal(["solide relation de confiance", "intelligence artificielle", "sécurité nationale"], phrases.Take(3));
        Assert.True(phrases.Count <= 8);
        Assert.DoesNotContain(phrases, p => p.Contains("ishiba", StringComparison.Ordinal) || p.Contains("corée", StringComparison.Ordinal));
        var categories = topics.Where(t => t.Kind == TopicKind.Category).Select(t => t.Name).ToList();
        Assert.Equal(["politics", "defence", "economy"], categories);
        Assert.All(topics, t => Assert.InRange(t.Score, 0, 1));
    }

    [Fact]
    public void JoinsNounDeNounAndSplitsAtStopWordsAndNames()
    {
        var finder = new TopicFinder(["le", "la", "les", "sont", "et", "en"], ["de", "du", "des", "d'"], []);
        var topics = finder.Find("Les droits de douane en hausse", "Les droits de douane sont en hausse et Donald Trump parle des droits de douane.", "fr");
        var top = topics[0];
        Assert.Equal("droits de douane", top.Name);
        Assert.Equal(1.0, top.Score);
        Assert.DoesNotContain(topics, t => t.Name.Contains("trump", StringComparison.Ordinal));
    }

    [Fact]
    public void FindsEnglishAdjectiveNounPhrases()
    {
        var topics = Finder.Find("Artificial intelligence race", "The artificial intelligence race is on. Artificial intelligence companies raise billions; national security officials worry.", "en");
        Assert.Equal("artificial intelligence", topics[0].Name);
        Assert.Contains(topics, t => t.Name.StartsWith("national security", StringComparison.Ordinal));
    }

    [Fact]
    public void GivesACategoryOnlyWithEnoughEvidence()
    {
        var finder = new TopicFinder([], [], ["sport = match* équipe* victoire*", "health = hôpital*"]);
        var topics = finder.Find("", "Le match a tourné à la victoire de l'équipe. Une victoire attendue. Un hôpital.", "fr")
            .Where(t => t.Kind == TopicKind.Category).ToList();
        var sport = Assert.Single(topics);
        Assert.Equal("sport", sport.Name);
        Assert.InRange(sport.Score, 0.4, 0.6);
    }

    [Fact]
    public void ReturnsNothingForAnEmptyBody() => Assert.Empty(Finder.Find("", "", "fr"));
}
