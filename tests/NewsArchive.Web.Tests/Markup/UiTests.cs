using System.Text.RegularExpressions;
using NewsArchive.Web.Text;

namespace NewsArchive.Web.Tests.Markup;

public sealed partial class UiTests
{
    [GeneratedRegex("""\bT\("((?:[^"\\]|\\.)*)"[,)]""")]
    private static partial Regex TCall();

    [Fact]
    public void EveryInterfaceStringHasAFrenchTranslation()
    {
        var web = RepoRoot.File("src", "NewsArchive.Web");
        var missing = Directory.EnumerateFiles(web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => TCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .Where(s => !Ui.French.ContainsKey(s))
            .ToList();

        Assert.Empty(missing);
    }
}
