using System.Collections.Frozen;
using NewsArchive.Extraction.Quotes;

namespace NewsArchive.Extraction.Topics;

/// <summary>
/// Multi-word keyphrases of an article without part-of-speech tags: runs of content words between stop words,
/// punctuation and proper names, joined inside by <c>de</c>/<c>du</c>/<c>des</c>/<c>d'</c> (<c>of</c>), so the
/// French noun–adjective and noun-de-noun patterns (<c>sécurité nationale</c>, <c>droits de douane</c>) and the
/// English adjective–noun one come out. Scored by frequency, length and position.
/// </summary>
internal sealed class KeyphraseFinder(FrozenSet<string> stopWords, FrozenSet<string> connectors, FrozenSet<string> roles, int keep = 8)
{
    private const int MaxWords = 3;

    public IReadOnlyList<FoundTopic> Find(string title, string body)
    {
        var counts = new Dictionary<string, PhraseCount>(StringComparer.Ordinal);
        Collect(title, 0, true, counts);
        var start = 0;
        foreach (var paragraph in body.Split('\n'))
        {
            Collect(paragraph, (double)start / Math.Max(1, body.Length), false, counts);
            start += paragraph.Length + 1;
        }

        // A phrase inside a longer one seen as often (gouvernement nippon in porte-parole du gouvernement nippon) adds nothing.
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, seen) in counts)
        {
            foreach (var inner in Inner(seen.Window))
            {
                longest[inner] = Math.Max(longest.GetValueOrDefault(inner), seen.Count);
            }
        }

        var kept = counts.Where(pair => !roles.Contains(pair.Key[..pair.Key.IndexOf(' ', StringComparison.Ordinal)])
            && longest.GetValueOrDefault(pair.Key) < pair.Value.Count).ToList();
        var scored = kept.Select(pair => (Phrase: pair.Key, Raw: pair.Value.Count * (1 + (0.25 * (pair.Value.Words - 1)))
            * (pair.Value.InTitle ? 2 : 1) * (1 + (0.3 * (1 - pair.Value.FirstPosition))))).ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        // Overlapping windows of one run (principaux investisseurs étrangers, investisseurs étrangers mutuels)
        // are one topic: keep the better ranked.
        var best = scored.Max(s => s.Raw);
        var chosen = new List<(string Phrase, double Raw)>();
        foreach (var candidate in scored.OrderByDescending(s => s.Raw).ThenBy(s => s.Phrase, StringComparer.Ordinal))
        {
            var words = candidate.Phrase.Split(' ');
            if (chosen.Count < keep && !chosen.Any(c => c.Phrase.Split(' ').Intersect(words, StringComparer.Ordinal).Count(w => !connectors.Contains(w)) >= 2))
            {
                chosen.Add(candidate);
            }
        }

        return [.. chosen.Select(s => new FoundTopic(s.Phrase, TopicKind.Keyphrase, Math.Round(s.Raw / best, 3)))];
    }

    private void Collect(string text, double position, bool inTitle, Dictionary<string, PhraseCount> counts)
    {
        var tokens = QuoteText.Tokenize(text);
        var run = new List<(string Word, bool Connector)>();
        for (var i = 0; i <= tokens.Count; i++)
        {
            var kind = i < tokens.Count ? KindOf(tokens, i, text) : Kind.Boundary;
            if (kind == Kind.Boundary)
            {
                Count(run, counts, position, inTitle);
                run.Clear();
                continue;
            }

            run.Add((tokens[i].Key, kind == Kind.Connector));
        }
    }

    private readonly record struct PhraseCount(int Count, int Words, double FirstPosition, bool InTitle, (string Word, bool Connector)[] Window);

    private static string Join(IEnumerable<(string Word, bool Connector)> window) =>
        string.Join(' ', window.Select(w => w.Word)).Replace("' ", "'", StringComparison.Ordinal);

    // The phrases one content word shorter inside a window (drop its first or last content word and the
    // connectors next to it): every shorter phrase inside it is inside one of these.
    private static IEnumerable<string> Inner((string Word, bool Connector)[] window)
    {
        if (window.Count(w => !w.Connector) < 3)
        {
            yield break;
        }

        var from = 1;
        while (window[from].Connector)
        {
            from++;
        }

        var to = window.Length - 2;
        while (window[to].Connector)
        {
            to--;
        }

        yield return Join(window[from..]);
        yield return Join(window[..(to + 1)]);
    }

    private enum Kind
    {
        Boundary,
        Content,
        Connector,
    }

    private Kind KindOf(IReadOnlyList<Token> tokens, int index, string text)
    {
        var token = tokens[index];
        if (!token.IsWord || token.Text.Any(char.IsDigit))
        {
            return Kind.Boundary;
        }

        if (connectors.Contains(token.Key))
        {
            return Kind.Connector;
        }

        if (stopWords.Contains(token.Key) || token.Key.EndsWith('\'') || token.Key.Length < 2 || IsInverted(token.Key))
        {
            return Kind.Boundary;
        }

        // A capitalised word inside a sentence is a name (Corée du Nord, Shigeru Ishiba): names are not topics.
        return token.IsCapitalised && !StartsSentence(tokens, index, text) ? Kind.Boundary : Kind.Content;
    }

    // Inverted verb forms (a-t-il, dit-elle) are incises, never part of a topic.
    private static bool IsInverted(string key) =>
        key.Contains("-t-", StringComparison.Ordinal) || key.EndsWith("-il", StringComparison.Ordinal) || key.EndsWith("-elle", StringComparison.Ordinal)
        || key.EndsWith("-ils", StringComparison.Ordinal) || key.EndsWith("-on", StringComparison.Ordinal);

    private static bool StartsSentence(IReadOnlyList<Token> tokens, int index, string text)
    {
        var previous = index - 1;
        while (previous >= 0 && tokens[previous].Key.EndsWith('\''))
        {
            previous--;
        }

        return previous < 0 || tokens[previous].Text is "." or "!" or "?" or "«" or "\"" or ":" or "-" or "–" or "—"
            || text.AsSpan(tokens[previous].End, tokens[index].Start - tokens[previous].End).Contains('\n');
    }

    private static void Count(List<(string Word, bool Connector)> run, Dictionary<string, PhraseCount> counts, double position, bool inTitle)
    {
        for (var start = 0; start < run.Count; start++)
        {
            if (run[start].Connector)
            {
                continue;
            }

            var words = 0;
            for (var end = start; end < run.Count && words < MaxWords; end++)
            {
                if (run[end].Connector)
                {
                    continue;
                }

                words++;
                if (words < 2)
                {
                    continue;
                }

                var window = run[start..(end + 1)].ToArray();
                var phrase = Join(window);
                var seen = counts.GetValueOrDefault(phrase, new PhraseCount(0, words, position, inTitle, window));
                counts[phrase] = seen with { Count = seen.Count + 1, FirstPosition = Math.Min(seen.FirstPosition, position), InTitle = seen.InTitle || inTitle };
            }
        }
    }
}
