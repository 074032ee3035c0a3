using System.Text.RegularExpressions;

namespace NewsArchive.Bench.Corpus;

/// <summary>
/// The raw material the generator recombines: sentences, quotes, headlines and names taken from the seed article and
/// the French Wikinews corpus (people, organisations and places from its gold annotations).
/// </summary>
internal sealed partial class SeedMaterial
{
    private SeedMaterial(
        IReadOnlyList<string> sentences,
        IReadOnlyList<string> quotes,
        IReadOnlyList<string> headlines,
        IReadOnlyList<string> people,
        IReadOnlyList<string> organisations,
        IReadOnlyList<string> places)
    {
        Sentences = sentences;
        Quotes = quotes;
        Headlines = headlines;
        People = people;
        Organisations = organisations;
        Places = places;
    }

    public IReadOnlyList<string> Sentences { get; }

    /// <summary>The text inside « … » of real quotes, without the marks.</summary>
    public IReadOnlyList<string> Quotes { get; }

    public IReadOnlyList<string> Headlines { get; }

    /// <summary>People named with at least a first name and a surname.</summary>
    public IReadOnlyList<string> People { get; }

    public IReadOnlyList<string> Organisations { get; }

    public IReadOnlyList<string> Places { get; }

    /// <summary>Reads <c>seeds/000_a1569518ab3dae2f.txt</c>, <c>seeds/wikinews-fr</c> and <c>eval/winer-fr</c> under <paramref name="repoRoot"/>.</summary>
    public static SeedMaterial Load(string repoRoot)
    {
        var sentences = new List<string>();
        var quotes = new List<string>();
        var headlines = new List<string>();
        var people = new SortedSet<string>(StringComparer.Ordinal);
        var organisations = new SortedSet<string>(StringComparer.Ordinal);
        var places = new SortedSet<string>(StringComparer.Ordinal);

        var seed = File.ReadAllText(Path.Combine(repoRoot, "seeds", "000_a1569518ab3dae2f.txt"));
        AddBody(DatelinePrefix().Replace(seed, ""), sentences, quotes);

        // Sorted paths: the material, and so the corpus, must not depend on the file system's listing order.
        var wikinews = Directory.GetFiles(Path.Combine(repoRoot, "seeds", "wikinews-fr"), "*.txt", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith("-urls.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var path in wikinews)
        {
            var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
            if (lines.Length < 3)
            {
                continue;
            }

            headlines.Add(lines[0].Trim());
            var body = string.Join('\n', lines.Skip(2));
            AddBody(WikinewsDateLine().Replace(body, ""), sentences, quotes);
        }

        var annotations = Directory.GetFiles(Path.Combine(repoRoot, "eval", "winer-fr"), "*.ann", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        foreach (var line in annotations.SelectMany(File.ReadLines))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                continue;
            }

            var type = fields[1].Split(' ')[0];
            var text = fields[2].Trim();
            if (text.Length < 3 || text.Contains('\n', StringComparison.Ordinal))
            {
                continue;
            }

            switch (type)
            {
                case "Person" when FullName().IsMatch(text):
                    people.Add(text);
                    break;
                case "Organization" when char.IsUpper(text[0]):
                    organisations.Add(text);
                    break;
                case "Location" when char.IsUpper(text[0]):
                    places.Add(text);
                    break;
            }
        }

        return new SeedMaterial(sentences, quotes, headlines, [.. people], [.. organisations], [.. places]);
    }

    private static void AddBody(string body, List<string> sentences, List<string> quotes)
    {
        foreach (var paragraph in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var sentence in SentenceBreak().Split(paragraph))
            {
                var s = sentence.Trim();
                if (s.Length is >= 30 and <= 400)
                {
                    sentences.Add(s);
                }
            }

            foreach (Match quote in Quote().Matches(paragraph))
            {
                var text = quote.Groups[1].Value.Trim();
                if (text.Length is >= 20 and <= 300)
                {
                    quotes.Add(text);
                }
            }
        }
    }

    [GeneratedRegex(@"(?<=[.!?»])\s+(?=[\p{Lu}«])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"«\s*([^«»\n]+?)\s*»", RegexOptions.CultureInvariant)]
    private static partial Regex Quote();

    // "3 mars 2018 . – " (with variants: "1er", no dot, an em dash) at the head of a Wikinews body.
    [GeneratedRegex(@"^\s*\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}\s*\.?\s*[–—-]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex WikinewsDateLine();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*)?\s*:\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\-]+(?: (?:de |van |von |da |du |le |la )?\p{Lu}[\p{L}'’\-]+){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex FullName();
}
