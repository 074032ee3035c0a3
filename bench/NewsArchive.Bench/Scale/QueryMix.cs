using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Bench.Corpus;
using NewsArchive.Storage;

namespace NewsArchive.Bench.Scale;

/// <summary>The kinds of search the mix holds, in the proportions a browsing user produces them.</summary>
internal enum QueryKind
{
    Word,
    Phrase,
    Prefix,
    Person,
    Topic,
    Facets,
}

/// <summary>
/// One search of the mix, three ways: the library request, the same request as the site's query string, and the raw
/// SQLite equivalent (an FTS5 <c>MATCH</c> expression, or for a date browse a date range on the articles table).
/// </summary>
internal sealed record BenchQuery(QueryKind Kind, string Label, SearchRequest Request, string QueryString, string? RawMatch, (string From, string To)? RawDates);

/// <summary>An entity or topic of the benchmark archive, by how often it occurs.</summary>
internal sealed record Popular(string Slug, string Name, int Count);

/// <summary>Builds the fixed query mix: the same corpus and archive give the same queries in the same order.</summary>
internal static partial class QueryMix
{
    private static readonly (QueryKind Kind, double Share)[] Shares =
    [
        (QueryKind.Word, 0.35), (QueryKind.Phrase, 0.20), (QueryKind.Prefix, 0.15),
        (QueryKind.Person, 0.12), (QueryKind.Topic, 0.10), (QueryKind.Facets, 0.08),
    ];

    public static IReadOnlyList<BenchQuery> Build(SeedMaterial material, IReadOnlyList<Popular> people, IReadOnlyList<Popular> topics, int count)
    {
        var random = new Random(7);
        var words = MidFrequencyWords(material);
        var queries = new List<BenchQuery>(count);
        var counts = Shares.Select(s => (s.Kind, Count: (int)Math.Round(s.Share * count))).ToList();
        counts[0] = (QueryKind.Word, count - counts.Skip(1).Sum(c => c.Count));
        foreach (var (kind, n) in counts)
        {
            for (var i = 0; i < n; i++)
            {
                queries.Add(kind switch
                {
                    QueryKind.Word => Text(kind, words[random.Next(words.Count)]),
                    QueryKind.Phrase => Text(kind, Phrase(random, material)),
                    QueryKind.Prefix => Text(kind, Prefix(random, words)),
                    QueryKind.Person => Person(random, people, words),
                    QueryKind.Topic => Topic(random, topics, words),
                    _ => Facets(random),
                });
            }
        }

        // Interleaved, so that a slow phase of the machine does not fall on one kind only.
        return [.. queries.OrderBy(_ => random.Next())];
    }

    private static BenchQuery Text(QueryKind kind, string text) =>
        new(kind, text, new SearchRequest { Query = text }, "q=" + Uri.EscapeDataString(text), RawExpression(text), null);

    private static BenchQuery Person(Random random, IReadOnlyList<Popular> people, List<string> words)
    {
        if (people.Count == 0)
        {
            return Text(QueryKind.Person, words[random.Next(words.Count)]);
        }

        // The most mentioned people dominate, as the recurring names of a real archive do.
        var person = people[Math.Min(random.Next(people.Count), random.Next(people.Count))];
        var word = random.NextDouble() < 0.5 ? words[random.Next(words.Count)] : null;
        var match = Quote(person.Name) + (word is null ? "" : " AND " + Quote(word));
        return new BenchQuery(QueryKind.Person, person.Name + (word is null ? "" : " + " + word),
            new SearchRequest { Query = word, People = [person.Slug] },
            "person=" + Uri.EscapeDataString(person.Slug) + (word is null ? "" : "&q=" + Uri.EscapeDataString(word)),
            match, null);
    }

    private static BenchQuery Topic(Random random, IReadOnlyList<Popular> topics, List<string> words)
    {
        if (topics.Count == 0)
        {
            return Text(QueryKind.Topic, words[random.Next(words.Count)]);
        }

        var topic = topics[random.Next(topics.Count)];
        return new BenchQuery(QueryKind.Topic, "topic " + topic.Name, new SearchRequest { Topics = [topic.Slug] },
            "topic=" + Uri.EscapeDataString(topic.Slug), Quote(topic.Name), null);
    }

    private static BenchQuery Facets(Random random)
    {
        // Browsing a year: no text, facets counted over every article of that year.
        var year = random.Next(2008, 2026);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var iso = (DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new BenchQuery(QueryKind.Facets, "year " + year.ToString(CultureInfo.InvariantCulture),
            new SearchRequest { From = from, To = to }, $"from={iso(from)}&to={iso(to)}", null, (iso(from), iso(to)));
    }

    private static string Phrase(Random random, SeedMaterial material)
    {
        while (true)
        {
            var tokens = Word().Matches(material.Sentences[random.Next(material.Sentences.Count)]).Select(m => m.Value).ToList();
            for (var tries = 0; tries < 5 && tokens.Count > 2; tries++)
            {
                var i = random.Next(tokens.Count - 1);
                if (tokens[i].Length >= 4 && tokens[i + 1].Length >= 4)
                {
                    return $"\"{tokens[i]} {tokens[i + 1]}\"";
                }
            }
        }
    }

    private static string Prefix(Random random, List<string> words)
    {
        var word = words[random.Next(words.Count)];
        return word[..Math.Min(word.Length - 1, random.Next(4, 6))] + "*";
    }

    /// <summary>Words of six letters or more, between the 20th and the 600th most frequent: neither stop words nor hapaxes.</summary>
    private static List<string> MidFrequencyWords(SeedMaterial material) =>
        [.. material.Sentences
            .SelectMany(s => Word().Matches(s).Select(m => m.Value.ToLowerInvariant()))
            .Where(w => w.Length >= 6)
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Skip(20).Take(580)
            .Select(g => g.Key)];

    /// <summary>The user's text as a plain FTS5 expression: each word or phrase quoted, a trailing star kept.</summary>
    private static string RawExpression(string text)
    {
        if (text.StartsWith('"'))
        {
            return text;
        }

        return text.EndsWith('*') ? Quote(text.TrimEnd('*')) + "*" : Quote(text);
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
