using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsArchive.Bench.Corpus;

/// <summary>A person who recurs in a large share of the corpus, so that an archive-scale person page exists.</summary>
/// <param name="Name">Full name as the articles write it.</param>
/// <param name="Title">The title that introduces them (<c>le président de la République</c>).</param>
/// <param name="Share">The fraction of articles that mention them.</param>
internal sealed record RecurringPerson(string Name, string Title, double Share)
{
    public string Surname => Name[(Name.LastIndexOf(' ') + 1)..];
}

/// <summary>What a generation wrote.</summary>
/// <param name="Folder">Where the files are.</param>
/// <param name="Articles">Articles written, over all files.</param>
/// <param name="Files">Files written (a <c>.jsonl</c> file holds many articles).</param>
/// <param name="Bytes">Total size of the files.</param>
/// <param name="Recurring">For each recurring person, the number of articles that name them.</param>
internal sealed record GeneratedCorpus(string Folder, int Articles, int Files, long Bytes, IReadOnlyDictionary<string, int> Recurring);

/// <summary>
/// Writes N realistic French articles by recombining the seed material: Wikinews sentences and real quotes, people and
/// places from the gold annotations, dates spread over 2008–2025, in the Wikinews layout, the wire-copy layout (with a
/// dateline) and JSON Lines. The same seed and N always give the same bytes.
/// </summary>
internal sealed class CorpusGenerator(SeedMaterial material, int seed = 20_260_201)
{
    /// <summary>Articles per <c>.jsonl</c> file.</summary>
    public const int JsonLinesPerFile = 500;

    public static IReadOnlyList<RecurringPerson> Recurring { get; } =
    [
        new("Emmanuel Macron", "le président de la République", 0.22),
        new("Angela Merkel", "la chancelière allemande", 0.12),
        new("Donald Trump", "le président américain", 0.08),
        new("Shigeru Ishiba", "le Premier ministre japonais", 0.04),
    ];

    private static readonly DateOnly FirstDay = new(2008, 1, 1);
    private static readonly int Days = new DateOnly(2025, 12, 31).DayNumber - FirstDay.DayNumber + 1;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly string[] Agencies = ["AFP", "Reuters", "AP"];
    private static readonly string[] SpeechVerbs = ["a déclaré", "a affirmé", "a estimé", "a souligné", "a ajouté", "a expliqué", "a assuré"];
    private static readonly string[] Visits = ["s'est rendu à", "a été reçu à", "est attendu à", "a rencontré des élus à"];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="count"/> articles under <paramref name="folder"/> (emptied first); <paramref name="jsonShare"/> of them as JSON Lines.</summary>
    public GeneratedCorpus Write(string folder, int count, double jsonShare = 0.15)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var recurring = Recurring.ToDictionary(p => p.Name, _ => 0, StringComparer.Ordinal);
        var files = 0;
        long bytes = 0;
        StreamWriter? jsonl = null;
        var jsonlLines = 0;
        try
        {
            for (var i = 0; i < count; i++)
            {
                var article = Compose(random, i, recurring);
                if (random.NextDouble() < jsonShare)
                {
                    if (jsonl is null || jsonlLines == JsonLinesPerFile)
                    {
                        jsonl?.Dispose();
                        var path = Path.Combine(folder, "jsonl", $"part-{files:D6}.jsonl");
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                        jsonl = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
                        jsonlLines = 0;
                        files++;
                    }

                    jsonl.WriteLine(JsonSerializer.Serialize(article.ToJson(), JsonOptions));
                    jsonlLines++;
                }
                else
                {
                    var wire = random.NextDouble() < 0.4;
                    var text = wire ? article.WireCopy(Agencies[random.Next(Agencies.Length)]) : article.Wikinews();
                    var path = Path.Combine(folder, "txt", article.Date.Year.ToString(CultureInfo.InvariantCulture),
                        article.Date.Month.ToString("D2", CultureInfo.InvariantCulture), $"{i:D7}.txt");
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, text, new UTF8Encoding(false));
                    files++;
                }
            }
        }
        finally
        {
            jsonl?.Dispose();
        }

        bytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(p => new FileInfo(p).Length);
        return new GeneratedCorpus(folder, count, files, bytes, recurring);
    }

    private GeneratedArticle Compose(Random random, int index, Dictionary<string, int> recurringCounts)
    {
        var date = FirstDay.AddDays(random.Next(Days));
        var place = Pick(random, material.Places);
        var stars = Recurring.Where(p => random.NextDouble() < p.Share).ToList();
        foreach (var star in stars)
        {
            recurringCounts[star.Name]++;
        }

        var title = stars.Count > 0 && random.NextDouble() < 0.4
            ? $"{stars[0].Name} {Visits[random.Next(Visits.Length)]} {place}"
            : Pick(random, material.Headlines);

        var paragraphs = new List<string>();
        var paragraphCount = random.Next(3, 7);
        for (var p = 0; p < paragraphCount; p++)
        {
            var sentences = new List<string>();
            var sentenceCount = random.Next(2, 5);
            for (var s = 0; s < sentenceCount; s++)
            {
                sentences.Add(Pick(random, material.Sentences));
            }

            if (p < stars.Count)
            {
                // The first mention gives title and full name; later ones the surname, as newspapers write.
                var star = stars[p];
                sentences.Insert(0, $"{Capitalise(star.Title)} {star.Name} {Visits[random.Next(Visits.Length)]} {place} {date.ToString("dddd d MMMM", French)}.");
                sentences.Add($"« {Pick(random, material.Quotes)} », {SpeechVerbs[random.Next(SpeechVerbs.Length)]} M{(star.Title.StartsWith("la ", StringComparison.Ordinal) ? "me" : ".")} {star.Surname}.");
            }
            else if (random.NextDouble() < 0.5)
            {
                var person = Pick(random, material.People);
                sentences.Add(random.NextDouble() < 0.5
                    ? $"« {Pick(random, material.Quotes)} », {SpeechVerbs[random.Next(SpeechVerbs.Length)]} {person}."
                    : $"{person}, porte-parole de {Pick(random, material.Organisations)}, {SpeechVerbs[random.Next(SpeechVerbs.Length)]} : « {Pick(random, material.Quotes)} »");
            }

            paragraphs.Add(string.Join(' ', sentences));
        }

        var url = $"https://archive.example/{date:yyyy/MM/dd}/{index:D7}";
        return new GeneratedArticle(title, date, place, string.Join("\n\n", paragraphs), url);
    }

    private static string Pick(Random random, IReadOnlyList<string> items) => items[random.Next(items.Count)];

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private sealed record GeneratedArticle(string Title, DateOnly Date, string Place, string Body, string Url)
    {
        // "3 mars 2018 . – body", as French Wikinews prints it.
        public string Wikinews() => $"{Title}\n\n{Date.ToString("d MMMM yyyy", French)} . – {Body}\n";

        public string WireCopy(string agency) =>
            $"{Title}\n\n{Place.ToUpperInvariant()}, {Date.ToString("d MMMM yyyy", French)} ({agency}) - {Body}\n";

        public JsonArticle ToJson() => new(Title, Body, Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Url, "fr");
    }

    private sealed record JsonArticle(
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("body")] string Body,
        [property: JsonPropertyName("date")] string Date,
        [property: JsonPropertyName("url")] string Url,
        [property: JsonPropertyName("language")] string Language);
}
