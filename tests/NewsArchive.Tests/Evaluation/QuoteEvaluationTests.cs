using NewsArchive.Evaluation;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Evaluation;

public sealed class QuoteEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void QuotesWithGoldEntitiesStayAboveTheirFloors()
    {
        var result = QuoteEvaluation.Run(RepoRoot.Path, EntitySource.Gold);
        output.WriteLine(result.ToTable());
        foreach (var error in result.Errors.Where(e => Environment.GetEnvironmentVariable("QUOTES_ALL_ERRORS") is not null || e.Part == "tuning"))
        {
            output.WriteLine($"{error.Kind,-14} {Path.GetFileName(error.Source)}  [{error.Gold} / {error.Found}]  {error.Text}");
        }

        var all = result.Groups[0];
        Assert.Equal(45, all.Articles);
        Assert.True(all.Lenient.F1 >= 0.0, result.ToTable());
    }
}
