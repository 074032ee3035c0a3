using System.Globalization;
using System.Text;
using NewsArchive.Extraction;
using NewsArchive.Parsing;

namespace NewsArchive.Evaluation;

/// <summary>Which annotated articles an evaluation runs on: all, or one half by position in path order.</summary>
public enum NerSubset
{
    /// <summary>Every annotated article.</summary>
    All,

    /// <summary>Articles at even positions (0, 2, 4 …): the half the rules were tuned on.</summary>
    Even,

    /// <summary>Articles at odd positions: the held-out half.</summary>
    Odd,
}

/// <summary>Scores of one entity type: gold and predicted mention counts and their multiset overlap.</summary>
public sealed record NerScore(string Type, int Gold, int Predicted, int TruePositives)
{
    /// <summary>Precision (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

    /// <summary>Recall (1 when nothing was annotated).</summary>
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A surface string the extractor missed (or invented), how often, and in which article first.</summary>
public sealed record NerError(string Type, string Surface, int Count, string FirstArticle);

/// <summary>The result of an evaluation: per-type scores, and the misses and false alarms for error analysis.</summary>
public sealed record NerReport(NerSubset Subset, int Articles, IReadOnlyList<NerScore> Scores, IReadOnlyList<NerError> Missed, IReadOnlyList<NerError> Spurious)
{
    /// <summary>The score of one type (<c>Person</c>, <c>Organization</c>, <c>Location</c>).</summary>
    public NerScore this[string type] => Scores.First(s => s.Type == type);

    /// <summary>An aligned text table: one row per type, with gold, predicted, TP, P, R and F1.</summary>
    public string ToTable()
    {
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"NER on {Articles} articles ({Subset})\n");
        table.Append(CultureInfo.InvariantCulture, $"{"type",-14}{"gold",7}{"pred",7}{"TP",7}{"P",8}{"R",8}{"F1",8}\n");
        foreach (var s in Scores)
        {
            table.Append(CultureInfo.InvariantCulture, $"{s.Type,-14}{s.Gold,7}{s.Predicted,7}{s.TruePositives,7}{s.Precision,8:0.000}{s.Recall,8:0.000}{s.F1,8:0.000}\n");
        }

        return table.ToString();
    }
}

/// <summary>
/// Scores the analyser against BRAT gold annotations (WiNER-fr): for each annotated article, the Person,
/// Organization and Location annotations inside the body are compared with the analysis' people, organisations
/// and places as multisets of exact surface strings.
/// </summary>
public static class NerEvaluation
{
    private static readonly string[] Types = ["Person", "Organization", "Location"];

    /// <summary>Runs the evaluation over <paramref name="annotationsFolder"/> (<c>.ann</c> files) and the matching <c>.txt</c> files under <paramref name="textsFolder"/>.</summary>
    public static NerReport Run(string annotationsFolder, string textsFolder, NerSubset subset = NerSubset.All, ArticleAnalyzer? analyzer = null)
    {
        analyzer ??= ArticleAnalyzer.Default;
        var files = Directory.GetFiles(annotationsFolder, "*.ann", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var gold = Types.ToDictionary(t => t, _ => 0);
        var predicted = Types.ToDictionary(t => t, _ => 0);
        var hits = Types.ToDictionary(t => t, _ => 0);
        var missed = new Dictionary<(string, string), (int Count, string First)>();
        var spurious = new Dictionary<(string, string), (int Count, string First)>();
        var articles = 0;
        for (var index = 0; index < files.Count; index++)
        {
            if ((subset == NerSubset.Even && index % 2 != 0) || (subset == NerSubset.Odd && index % 2 == 0))
            {
                continue;
            }

            var relative = Path.ChangeExtension(Path.GetRelativePath(annotationsFolder, files[index]), ".txt");
            var textPath = Path.Combine(textsFolder, relative);
            if (!File.Exists(textPath))
            {
                continue;
            }

            var text = File.ReadAllText(textPath).Replace("\r\n", "\n", StringComparison.Ordinal);
            var (article, bodyStart) = ReadArticle(textPath, text);
            var analysis = analyzer.Analyze(article);
            articles++;
            var id = Path.GetFileNameWithoutExtension(textPath);
            var annotations = ReadAnnotations(File.ReadAllLines(files[index]), bodyStart);
            foreach (var type in Types)
            {
                var expected = annotations.Where(a => a.Type == type).Select(a => a.Surface).ToList();
                var found = MentionsOf(analysis, type);
                gold[type] += expected.Count;
                predicted[type] += found.Count;
                var remaining = found.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                foreach (var surface in expected)
                {
                    if (remaining.TryGetValue(surface, out var left) && left > 0)
                    {
                        remaining[surface] = left - 1;
                        hits[type]++;
                    }
                    else
                    {
                        Count(missed, type, surface, id);
                    }
                }

                foreach (var (surface, left) in remaining)
                {
                    for (var k = 0; k < left; k++)
                    {
                        Count(spurious, type, surface, id);
                    }
                }
            }
        }

        return new NerReport(
            subset,
            articles,
            [.. Types.Select(t => new NerScore(t, gold[t], predicted[t], hits[t]))],
            Errors(missed),
            Errors(spurious));
    }

    /// <summary>
    /// Reads a WiNER-fr text as the parser would: the title is the first line, the body is everything after the
    /// date line (the first non-blank line after the title). Returns the article and the body's offset in the text.
    /// </summary>
    public static (ParsedArticle Article, int BodyStart) ReadArticle(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var titleEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (titleEnd < 0)
        {
            return (new ParsedArticle(source, 0, text, string.Empty, "fr"), text.Length);
        }

        var p = titleEnd + 1;
        while (p < text.Length && text[p] == '\n')
        {
            p++;
        }

        var dateEnd = text.IndexOf('\n', p);
        var bodyStart = dateEnd < 0 ? text.Length : dateEnd + 1;
        return (new ParsedArticle(source, 0, text[..titleEnd], text[bodyStart..], "fr"), bodyStart);
    }

    private static List<(string Type, string Surface)> ReadAnnotations(string[] lines, int bodyStart)
    {
        var annotations = new List<(string, string)>();
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length < 3 || !parts[0].StartsWith('T'))
            {
                continue;
            }

            var head = parts[1].Split(' ');
            if (head.Length >= 3 && int.TryParse(head[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start) && start >= bodyStart)
            {
                annotations.Add((head[0], parts[2]));
            }
        }

        return annotations;
    }

    private static List<string> MentionsOf(Analysis analysis, string type)
    {
        var entities = type switch
        {
            "Person" => analysis.People,
            "Organization" => analysis.Organisations,
            _ => analysis.Places,
        };
        return [.. entities.SelectMany(e => e.Mentions).Select(m => m.Text)];
    }

    private static void Count(Dictionary<(string, string), (int Count, string First)> errors, string type, string surface, string id)
    {
        errors[(type, surface)] = errors.TryGetValue((type, surface), out var seen) ? (seen.Count + 1, seen.First) : (1, id);
    }

    private static List<NerError> Errors(Dictionary<(string, string), (int Count, string First)> errors) =>
        [.. errors.Select(e => new NerError(e.Key.Item1, e.Key.Item2, e.Value.Count, e.Value.First)).OrderByDescending(e => e.Count).ThenBy(e => e.Surface, StringComparer.Ordinal)];
}
