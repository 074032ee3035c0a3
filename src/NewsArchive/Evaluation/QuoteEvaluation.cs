using System.Globalization;
using System.Text;
using NewsArchive.Extraction;

namespace NewsArchive.Evaluation;

/// <summary>The scores of one group of gold articles.</summary>
/// <param name="Name">all, tuning or held-out.</param>
/// <param name="Articles">How many gold articles the group holds.</param>
/// <param name="Lenient">Spans matched when a found quote covers at least 30 % of a gold quote's characters.</param>
/// <param name="Strict">Spans matched at 80 %.</param>
/// <param name="SpeakersRight">Lenient matches whose speaker equals the gold speaker (null matching null).</param>
public sealed record QuoteScores(string Name, int Articles, SpanScore Lenient, SpanScore Strict, int SpeakersRight)
{
    public double SpeakerAccuracy => Lenient.Matched == 0 ? 0 : (double)SpeakersRight / Lenient.Matched;
}

/// <summary>A gold quote the extractor missed or gave to the wrong speaker, or a quote it found that gold lacks.</summary>
public sealed record QuoteError(string Source, string Part, string Kind, string Text, string? Gold, string? Found);

/// <summary>What <see cref="QuoteEvaluation.Run"/> measured.</summary>
public sealed record QuoteEvaluationResult(EntitySource Entities, IReadOnlyList<QuoteScores> Groups, IReadOnlyList<QuoteError> Errors)
{
    /// <summary>An aligned plain-text table, one row per group.</summary>
    public string ToTable()
    {
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"Quotes ({(Entities == EntitySource.Gold ? "gold entities" : "pipeline entities")})\n");
        table.Append("group     articles  gold  found   P-len  R-len  F1-len   P-str  R-str  F1-str  speaker\n");
        foreach (var g in Groups)
        {
            table.Append(CultureInfo.InvariantCulture,
                $"{g.Name,-9} {g.Articles,8} {g.Lenient.Gold,5} {g.Lenient.Found,6}   {g.Lenient.Precision,5:0.000}  {g.Lenient.Recall,5:0.000}  {g.Lenient.F1,6:0.000}   {g.Strict.Precision,5:0.000}  {g.Strict.Recall,5:0.000}  {g.Strict.F1,6:0.000}  {g.SpeakerAccuracy,7:0.000}\n");
        }

        return table.ToString();
    }

    /// <summary>One line per error: kind, part, file, gold and found speakers, and the quote's text.</summary>
    public string ErrorList()
    {
        var list = new StringBuilder();
        foreach (var e in Errors)
        {
            list.Append(CultureInfo.InvariantCulture, $"{e.Kind,-14} {e.Part,-8} {Path.GetFileName(e.Source)}  [{e.Gold ?? "null"} / {e.Found ?? "null"}]  {e.Text}\n");
        }

        return list.ToString();
    }
}

/// <summary>
/// Scores quote extraction against the hand-annotated gold of <c>eval/quotes/</c> (protocol of the GenderGapTracker):
/// a found quote matches a gold quote, one to one, when it covers at least 30 % (lenient) or 80 % (strict) of the gold
/// quote's characters; speaker accuracy is measured over lenient matches, comparing names by <see cref="NameKey"/>.
/// </summary>
public static class QuoteEvaluation
{
    /// <summary>
    /// The English gold set (<c>eval/quotes/en</c>): short wire-style texts written for this project, kept apart from
    /// the French Wikinews gold and scored on their own.
    /// </summary>
    public const string EnglishSet = "en";

    private static readonly string[] GroupNames = ["all", "tuning", "held-out"];

    /// <summary>
    /// Runs the analyser over every gold article of a set under <paramref name="root"/> (the repository): the French
    /// gold of <c>eval/quotes</c> by default, or the set in the subfolder <paramref name="set"/> (<see cref="EnglishSet"/>).
    /// </summary>
    public static QuoteEvaluationResult Run(string root, EntitySource entities = EntitySource.Pipeline, string? set = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var finder = new QuoteFinder();
        var errors = new List<QuoteError>();
        var totals = new Dictionary<string, QuoteScores>(StringComparer.Ordinal);
        var folder = set is null ? Path.Combine(root, "eval", "quotes") : Path.Combine(root, "eval", "quotes", set);
        foreach (var gold in QuoteGold.ReadAll(folder))
        {
            var article = gold.Article(root);
            IReadOnlyList<FoundQuote> found;
            if (entities == EntitySource.Gold)
            {
                var (people, organisations) = gold.Entities(root, article.Body);
                found = finder.Find(article.Body, gold.Language ?? article.Language ?? "fr", people, organisations);
            }
            else
            {
                found = ArticleAnalyzer.Default.Analyze(article).Quotes;
            }

            var (lenient, strict, speakers) = Score(gold, article.Body, found, errors);
            foreach (var name in new[] { "all", gold.Part == "heldout" ? "held-out" : "tuning" })
            {
                var t = totals.GetValueOrDefault(name) ?? new QuoteScores(name, 0, SpanScore.Zero, SpanScore.Zero, 0);
                totals[name] = t with { Articles = t.Articles + 1, Lenient = t.Lenient + lenient, Strict = t.Strict + strict, SpeakersRight = t.SpeakersRight + speakers };
            }
        }

        var groups = GroupNames
            .Select(name => totals.GetValueOrDefault(name) ?? new QuoteScores(name, 0, SpanScore.Zero, SpanScore.Zero, 0))
            .ToList();
        return new QuoteEvaluationResult(entities, groups, errors);
    }

    private static (SpanScore Lenient, SpanScore Strict, int Speakers) Score(QuoteGold gold, string body, IReadOnlyList<FoundQuote> found, List<QuoteError> errors)
    {
        var spans = gold.Quotes.Select(q => (Quote: q, Start: body.IndexOf(q.Text, StringComparison.Ordinal))).ToList();
        foreach (var missing in spans.Where(s => s.Start < 0))
        {
            errors.Add(new QuoteError(gold.Source, gold.Part, "gold text not in body", missing.Quote.Text, missing.Quote.Speaker, null));
        }

        var lenient = Match(spans, found, 0.3);
        var strict = Match(spans, found, 0.8);
        var speakers = 0;
        foreach (var (g, f) in lenient)
        {
            var gq = spans[g].Quote;
            var right = gq.Speaker is null ? found[f].Speaker is null
                : found[f].Speaker is { } name && string.Equals(NameKey.Of(name), NameKey.Of(gq.Speaker), StringComparison.Ordinal);
            speakers += right ? 1 : 0;
            if (!right)
            {
                errors.Add(new QuoteError(gold.Source, gold.Part, "wrong speaker", gq.Text, gq.Speaker, found[f].Speaker));
            }
        }

        for (var g = 0; g < spans.Count; g++)
        {
            if (!lenient.Any(m => m.Gold == g))
            {
                errors.Add(new QuoteError(gold.Source, gold.Part, "missed", spans[g].Quote.Text, spans[g].Quote.Speaker, null));
            }
        }

        for (var f = 0; f < found.Count; f++)
        {
            if (!lenient.Any(m => m.Found == f))
            {
                errors.Add(new QuoteError(gold.Source, gold.Part, "spurious", found[f].Text, null, found[f].Speaker));
            }
        }

        return (new SpanScore(lenient.Count, spans.Count, found.Count), new SpanScore(strict.Count, spans.Count, found.Count), speakers);
    }

    // One-to-one matching, best overlaps first.
    private static List<(int Gold, int Found)> Match(List<(GoldQuote Quote, int Start)> gold, IReadOnlyList<FoundQuote> found, double threshold)
    {
        var pairs = new List<(double Cover, int Gold, int Found)>();
        for (var g = 0; g < gold.Count; g++)
        {
            if (gold[g].Start < 0)
            {
                continue;
            }

            var start = gold[g].Start;
            var end = start + gold[g].Quote.Text.Length;
            for (var f = 0; f < found.Count; f++)
            {
                var overlap = Math.Min(end, found[f].End) - Math.Max(start, found[f].Start);
                var cover = overlap <= 0 ? 0 : (double)overlap / (end - start);
                if (cover >= threshold)
                {
                    pairs.Add((cover, g, f));
                }
            }
        }

        var matched = new List<(int Gold, int Found)>();
        foreach (var (_, g, f) in pairs.OrderByDescending(p => p.Cover))
        {
            if (!matched.Any(m => m.Gold == g || m.Found == f))
            {
                matched.Add((g, f));
            }
        }

        return matched;
    }
}
