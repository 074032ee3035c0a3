using NewsArchive.Evaluation;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Evaluation;

public sealed class QuoteEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(EntitySource.Gold)]
    [InlineData(EntitySource.Pipeline)]
    public void QuotesStayAboveTheirFloors(EntitySource entities)
    {
        var result = QuoteEvaluation.Run(RepoRoot.Path, entities);
        output.WriteLine(result.ToTable());
        var all = Environment.GetEnvironmentVariable("QUOTES_ALL_ERRORS") is not null;
        foreach (var error in result.Errors.Where(e => all || e.Part == "tuning"))
        {
            output.WriteLine($"{error.Kind,-14} {Path.GetFileName(error.Source)}  [{error.Gold} / {error.Found}]  {error.Text}");
        }

        Assert.Equal(45, result.Groups[0].Articles);
    }
}
