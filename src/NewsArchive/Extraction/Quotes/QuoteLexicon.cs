using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// The words QuoteFinder reads for one language: speech-verb forms (from <c>speech-verbs.*.txt</c>) and the
/// classes of cue words (from <c>quote-cues.*.txt</c>), each entry kept as a sequence of token keys.
/// </summary>
internal sealed class QuoteLexicon
{
    private static readonly FrozenDictionary<string, QuoteLexicon> Shipped = new Dictionary<string, QuoteLexicon>
    {
        ["fr"] = FromRules("fr"),
        ["en"] = FromRules("en"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, FrozenSet<string>> singles;
    // Class → first key → the entries of two or more keys that open on it, longest first.
    private readonly FrozenDictionary<string, FrozenDictionary<string, string[][]>> multis;
    // Whether a lower-case word is a lemma of the language's dictionary; null where there is none.
    private readonly Func<string, bool>? isLemma;

    /// <summary>
    /// Builds a lexicon from the lines of a speech-verb file and of a cue file (format in Rules/README.md), and the
    /// test of the language's dictionary, if any: whether a lower-case word is one of its lemmas (a lower-case word
    /// none of them fits may be a name).
    /// </summary>
    public QuoteLexicon(IEnumerable<string> speechVerbLines, IEnumerable<string> cueLines, Func<string, bool>? isLemma = null)
    {
        this.isLemma = isLemma;
        var classes = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        void Add(string name, string entry)
        {
            var keys = QuoteText.EntryKeys(entry);
            if (keys.Length == 0)
            {
                return;
            }

            if (!classes.TryGetValue(name, out var list))
            {
                classes[name] = list = [];
            }

            list.Add(keys);
        }

        foreach (var line in speechVerbLines)
        {
            var parts = line.Split('|');
            if (parts.Length != 3)
            {
                continue;
            }

            var reflexive = parts[0].TrimStart().StartsWith("s'", StringComparison.Ordinal)
                || parts[0].TrimStart().StartsWith("se ", StringComparison.Ordinal);
            foreach (var form in SplitForms(parts[1]))
            {
                Add(Finite, form);
            }

            if (!reflexive)
            {
                Add(Infinitive, parts[0].Trim());
            }

            foreach (var form in SplitForms(parts[2]))
            {
                Add(reflexive ? ReflexiveParticiple : Participle, form);
            }
        }

        foreach (var line in cueLines)
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var name = line[..equals].Trim();
            foreach (var entry in line[(equals + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(name, entry);
            }
        }

        singles = classes.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.Where(keys => keys.Length == 1).Select(keys => keys[0]).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        multis = classes.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.Where(keys => keys.Length > 1).GroupBy(keys => keys[0], StringComparer.Ordinal).ToFrozenDictionary(
                group => group.Key, group => group.OrderByDescending(keys => keys.Length).ToArray(), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public const string Finite = "finite";
    public const string Participle = "participle";
    public const string ReflexiveParticiple = "reflexive-participle";
    public const string Infinitive = "infinitive";

    /// <summary>The shipped lexicon of <paramref name="language"/> (French for anything but English).</summary>
    public static QuoteLexicon For(string language) =>
        Shipped[string.Equals(language, "en", StringComparison.Ordinal) ? "en" : "fr"];

    public static QuoteLexicon FromRules(string language) =>
        new(Lexicon.Lines($"speech-verbs.{language}"), [.. Lexicon.Lines($"quote-cues.{language}"), .. FirstNameLines(), .. StopWordLines(language), .. RoleLines(language)],
            language == "fr" ? FrenchLemma : null);

    // The entity finder's French dictionary (common words and adjectives, some 90,000 lemmas), read rather than loaded
    // a second time.
    private static bool FrenchLemma(string word) =>
        Entities.EntityRules.Default.CommonWords.Contains(word) || Entities.EntityRules.Default.Adjectives.Contains(word);

    /// <summary>Whether the lexicon holds a dictionary to tell common words from names by.</summary>
    public bool HasDictionary => isLemma is not null;

    /// <summary>
    /// Whether a lower-case word is a form of a dictionary lemma: itself, or after a plural or feminine ending, or
    /// a verb form (an ending of a participle or a conjugation) that a lemma list cannot hold.
    /// </summary>
    public bool IsDictionaryWord(string key)
    {
        bool Known(string word) => isLemma?.Invoke(word) == true;
        if (Known(key))
        {
            return true;
        }

        for (var length = 1; length <= 5; length++)
        {
            if (key.Length > length + 2 && Has("inflection", key[^length..]))
            {
                return true;
            }
        }

        var singular = key.Length > 3 && key[^1] is 's' or 'x' ? key[..^1] : key;
        return Known(singular) || (singular.EndsWith('e') && Known(singular[..^1]))
            || (key.EndsWith("aux", StringComparison.Ordinal) && Known(key[..^3] + "al"));
    }

    // Rules/roles.*.txt (shared with the entity finder) read as the cue class name-role: after a determiner, a role
    // there makes the capitalised words after it a person's name (l'avocat Jean Dupont, le physicien X).
    private static IEnumerable<string> RoleLines(string language) =>
        Lexicon.Lines($"roles.{language}").Select(role => $"name-role = {role.Replace(' ', '_')}");

    // Rules/stop-words.*.txt (shared with the entity finder) read as the cue class stop-word: a capitalised stop
    // word opening a sentence (Selon, En) is no part of a name after it.
    private static IEnumerable<string> StopWordLines(string language) =>
        Lexicon.Lines($"stop-words.{language}").Select(word => $"stop-word = {word}");

    // Rules/quote-first-names.txt ("Gilles m") read as the cue classes male-first-name and female-first-name, each
    // name also without its accents, as English and foreign texts write it (Penelope, Jerome).
    private static IEnumerable<string> FirstNameLines() =>
        Lexicon.Lines("quote-first-names")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 2 && parts[1] is "m" or "f")
            .Select(parts => $"{(parts[1] == "m" ? "male" : "female")}-first-name = {parts[0]} {WithoutAccents(parts[0])}");

    private static string WithoutAccents(string word) =>
        string.Concat(word.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            .Normalize(NormalizationForm.FormC);

    /// <summary>Whether the single key is an entry of the class.</summary>
    public bool Has(string className, string key) =>
        singles.TryGetValue(className, out var set) && set.Contains(key);

    /// <summary>The length in tokens of the longest entry of the class that starts at <paramref name="index"/>, or 0.</summary>
    public int Match(string className, IReadOnlyList<Token> tokens, int index)
    {
        if (index < 0 || index >= tokens.Count)
        {
            return 0;
        }

        if (multis.TryGetValue(className, out var byFirstKey) && byFirstKey.TryGetValue(tokens[index].Key, out var sequences))
        {
            foreach (var sequence in sequences)
            {
                if (Matches(sequence, tokens, index))
                {
                    return sequence.Length;
                }
            }
        }

        return Has(className, tokens[index].Key) ? 1 : 0;
    }

    private static bool Matches(string[] sequence, IReadOnlyList<Token> tokens, int index)
    {
        if (index + sequence.Length > tokens.Count)
        {
            return false;
        }

        // The first key is the one the entry was found by.
        for (var i = 1; i < sequence.Length; i++)
        {
            if (!string.Equals(sequence[i], tokens[index + i].Key, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] SplitForms(string column) => column.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
