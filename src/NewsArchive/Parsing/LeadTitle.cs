using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>
/// Derives a headline from a lead paragraph for texts that have none (wire copy): its first sentence, cut at a
/// clause boundary (comma, colon, an opening «, <c>, a déclaré</c>…) when it is long, never inside a word.
/// </summary>
internal static partial class LeadTitle
{
    /// <summary>A title up to this length is kept whole.</summary>
    public const int SoftLimit = 110;

    /// <summary>A first clause up to this length is preferred over cutting between words.</summary>
    public const int HardLimit = 160;

    public static string From(string lead)
    {
        var sentence = FirstSentence(lead.Trim());
        if (sentence.Length <= SoftLimit)
        {
            return sentence;
        }

        var boundaries = ClauseBoundary().Matches(sentence).Select(m => m.Index).Where(i => i >= 20).ToList();
        var withinSoft = boundaries.Where(i => i <= SoftLimit).DefaultIfEmpty(-1).Max();
        if (withinSoft >= 40)
        {
            return Clean(sentence[..withinSoft]);
        }

        var withinHard = boundaries.Where(i => i <= HardLimit).DefaultIfEmpty(-1).Min();
        if (withinHard > 0)
        {
            return Clean(sentence[..withinHard]);
        }

        var space = sentence.LastIndexOf(' ', SoftLimit);
        return space > 0 ? Clean(sentence[..space]) + " …" : sentence;
    }

    private static string FirstSentence(string text)
    {
        var line = text.Split('\n', 2)[0];
        var end = SentenceEnd().Match(line);
        if (end.Success)
        {
            // A headline keeps ? and ! but not a full stop.
            return Clean(line[..(line[end.Index] == '.' ? end.Index : end.Index + 1)]);
        }

        return Clean(line.EndsWith('.') && !line.EndsWith("..", StringComparison.Ordinal) ? line[..^1] : line);
    }

    private static string Clean(string text) => text.Trim().TrimEnd(',', ';', ':', '–', '—', '-').TrimEnd();

    // A full stop, ! or ? followed by a space and a capital (or an opening quote) ends the sentence; abbreviations
    // such as "M. Hayashi" or "D.C." are single capitals and are skipped.
    [GeneratedRegex(@"(?<!\b\p{Lu})(?<!\b[Mm]me|\bMM|\bDr|\bSt)[.!?](?=\s+[\p{Lu}«""“])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@",\s|\s:\s|:\s|\s«|\s\(|\s[–—]\s|\s-\s|;\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();
}
