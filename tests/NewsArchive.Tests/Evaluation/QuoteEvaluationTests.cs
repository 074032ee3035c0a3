using NewsArchive.Evaluation;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Evaluation;

/// <summary>
/// Floors just under the figures reached on eval/quotes (set QUOTES_ALL_ERRORS=1 to print held-out errors too).
/// With gold entities the floors measure QuoteFinder alone; with the pipeline they also hold the entity finder.
/// </summary>
public sealed class QuoteEvaluationTests(ITestOutputHelper output)
{
    private QuoteEvaluationResult Run(EntitySource entities)
    {
        var result = QuoteEvaluation.Run(RepoRoot.Path, entities);
        output.WriteLine(result.ToTable());
        var all = Environment.GetEnvironmentVariable("QUOTES_ALL_ERRORS") is not null;
        foreach (var error in result.Errors.Where(e => all || e.Part == "tuning"))
        {
            output.WriteLine($"{error.Kind,-14} {Path.GetFileName(error.Source)}  [{error.Gold} / {error.Found}]  {error.Text}");
        }

        Assert.Equal([110, 56, 54], result.Groups.Select(g => g.Articles));
        Assert.Equal(226, result.Groups[0].Lenient.Gold);
        Assert.DoesNotContain(result.Errors, e => e.Kind == "gold text not in body");
        return result;
    }

    [Fact]
    public void QuotesWithGoldEntitiesStayAboveTheirFloors()
    {
        var groups = Run(EntitySource.Gold).Groups;
        var (all, tuning, heldOut) = (groups[0], groups[1], groups[2]);

        // The 65 articles added on 2026-12-01 (annotated before the extractor ran on them) are harder than the first
        // 45: the floors of the enlarged set sit under the old ones for spans and held-out speakers.
        // Speakers: 0.935 all, 0.892 held-out after the role, medium, sentence and dash-line rules of 2026-12-01 (late night).
        Assert.True(all.Lenient.F1 >= 0.965 && all.Strict.F1 >= 0.965 && all.SpeakerAccuracy >= 0.93, "all");
        Assert.True(tuning.Lenient.F1 >= 0.985 && tuning.Strict.F1 >= 0.985 && tuning.SpeakerAccuracy >= 0.97, "tuning");
        Assert.True(heldOut.Lenient.F1 >= 0.945 && heldOut.Strict.F1 >= 0.945 && heldOut.SpeakerAccuracy >= 0.885, "held-out");
    }

    [Fact]
    public void QuotesThroughThePipelineStayAboveTheirFloors()
    {
        var all = Run(EntitySource.Pipeline).Groups[0];
        Assert.True(all.Lenient.F1 >= 0.96 && all.Strict.F1 >= 0.96, "spans");

        // Just under the 0.935 reached with the pipeline's own entities once the organisation and speaker rules of
        // 2026-12-01 (late night) were merged (0.879 before speakers were read beside titles and roles).
        Assert.True(all.SpeakerAccuracy >= 0.93, "speakers");
    }

    [Theory]
    [InlineData(EntitySource.Gold, 0.99)]
    [InlineData(EntitySource.Pipeline, 0.93)]
    public void EnglishSetStaysAboveItsFloors(EntitySource entities, double speakers)
    {
        var result = QuoteEvaluation.Run(RepoRoot.Path, entities, QuoteEvaluation.EnglishSet);
        output.WriteLine(result.ToTable());
        var all = result.Groups[0];
        Assert.Equal([10, 5, 5], result.Groups.Select(g => g.Articles));
        Assert.Equal(42, all.Lenient.Gold);
        Assert.DoesNotContain(result.Errors, e => e.Kind == "gold text not in body");
        Assert.True(all.Lenient.F1 >= 0.97 && all.Strict.F1 >= 0.97, "spans");
        Assert.True(all.SpeakerAccuracy >= speakers, "speakers");
    }

    [Fact]
    public void TableAlignsOneRowPerGroup()
    {
        var table = QuoteEvaluation.Run(RepoRoot.Path, EntitySource.Gold).ToTable().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, table.Length);
        Assert.StartsWith("group", table[1], StringComparison.Ordinal);
        Assert.Equal(table[2].Length, table[4].Length);
    }
}
