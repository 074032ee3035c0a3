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

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> roleLookup = roles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The keyphrases of a headline and a body, given as their tokens (<see cref="QuoteText.Tokenize"/>).</summary>
    public IReadOnlyList<FoundTopic> Find(string title, IReadOnlyList<Token> titleTokens, string body, IReadOnlyList<Token> bodyTokens)
    {
        var phrases = new Phrases();
        Collect(title, titleTokens, inTitle: true, phrases);
        Collect(body, bodyTokens, inTitle: false, phrases);
        var counts = phrases.Counts;

        // A phrase inside a longer one seen as often (gouvernement nippon in porte-parole du gouvernement nippon) adds nothing.
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, seen) in counts)
        {
            phrases.MarkInner(seen, longest);
        }

        var scored = new List<(string Phrase, double Raw)>();
        foreach (var (phrase, seen) in counts)
        {
            if (!roleLookup.Contains(phrase.AsSpan(0, phrase.IndexOf(' ', StringComparison.Ordinal))) && longest.GetValueOrDefault(phrase) < seen.Count)
            {
                scored.Add((phrase, seen.Count * (1 + (0.25 * (seen.Words - 1))) * (seen.InTitle ? 2 : 1) * (1 + (0.3 * (1 - seen.FirstPosition)))));
            }
        }

        if (scored.Count == 0)
        {
            return [];
        }

        // Overlapping windows of one run (principaux investisseurs étrangers, investisseurs étrangers mutuels)
        // are one topic: keep the better ranked.
        var best = scored.Max(s => s.Raw);
        var chosen = new List<(string Phrase, double Raw, string[] Words)>();
        foreach (var candidate in scored.OrderByDescending(s => s.Raw).ThenBy(s => s.Phrase, StringComparer.Ordinal))
        {
            if (chosen.Count == keep)
            {
                break;
            }

            var words = candidate.Phrase.Split(' ');
            if (!chosen.Any(c => c.Words.Intersect(words, StringComparer.Ordinal).Count(w => !connectors.Contains(w)) >= 2))
            {
                chosen.Add((candidate.Phrase, candidate.Raw, words));
            }
        }

        return [.. chosen.Select(s => new FoundTopic(s.Phrase, TopicKind.Keyphrase, Math.Round(s.Raw / best, 3)))];
    }

    /// <summary>
    /// Counts the phrases of one text, paragraph by paragraph: a run never crosses a line break, and a phrase's
    /// position is that of its paragraph's start in the body (the title counts as position 0).
    /// </summary>
    private void Collect(string text, IReadOnlyList<Token> tokens, bool inTitle, Phrases phrases)
    {
        var paragraphStart = 0;
        var paragraphEnd = inTitle ? text.Length : LineEnd(text, 0);
        var position = 0.0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && tokens[i].Start > paragraphEnd)
            {
                phrases.EndRun(position, inTitle);
                while (tokens[i].Start > paragraphEnd)
                {
                    paragraphStart = paragraphEnd + 1;
                    paragraphEnd = LineEnd(text, paragraphStart);
                }

                position = (double)paragraphStart / Math.Max(1, text.Length);
            }

            var kind = i < tokens.Count ? KindOf(tokens, i, text) : Kind.Boundary;
            if (kind == Kind.Boundary)
            {
                phrases.EndRun(position, inTitle);
                continue;
            }

            phrases.Add(tokens[i].Key, kind == Kind.Connector);
        }
    }

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
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
        if (!token.IsWord || HasDigit(token.Text))
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

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>Where one phrase was seen: its words are <see cref="Length"/> entries of the runs from <see cref="From"/>.</summary>
    private readonly record struct PhraseCount(int Count, int Words, double FirstPosition, bool InTitle, int From, int Length);

    /// <summary>
    /// The phrases of one article. The words of every run are kept in one list, so a window needs no array of its own:
    /// its text is looked up as a span, and a string is made only the first time the phrase is seen.
    /// </summary>
    private sealed class Phrases
    {
        private readonly List<(string Word, bool Connector)> words = [];
        private readonly Dictionary<string, PhraseCount>.AlternateLookup<ReadOnlySpan<char>> lookup;
        private char[] buffer = new char[64];
        private int runStart;

        public Phrases() => lookup = Counts.GetAlternateLookup<ReadOnlySpan<char>>();

        public Dictionary<string, PhraseCount> Counts { get; } = new(StringComparer.Ordinal);

        public void Add(string word, bool connector) => words.Add((word, connector));

        /// <summary>Counts every window of two or three content words of the run just ended.</summary>
        public void EndRun(double position, bool inTitle)
        {
            for (var start = runStart; start < words.Count; start++)
            {
                if (words[start].Connector)
                {
                    continue;
                }

                var content = 0;
                for (var end = start; end < words.Count && content < MaxWords; end++)
                {
                    if (words[end].Connector)
                    {
                        continue;
                    }

                    content++;
                    if (content < 2)
                    {
                        continue;
                    }

                    var phrase = Join(start, end - start + 1);
                    if (lookup.TryGetValue(phrase, out var existing, out var seen))
                    {
                        Counts[existing] = seen with { Count = seen.Count + 1, FirstPosition = Math.Min(seen.FirstPosition, position), InTitle = seen.InTitle || inTitle };
                    }
                    else
                    {
                        lookup[phrase] = new PhraseCount(1, content, position, inTitle, start, end - start + 1);
                    }
                }
            }

            runStart = words.Count;
        }

        /// <summary>
        /// Records in <paramref name="longest"/> how often the phrases one content word shorter inside a window (drop
        /// its first or last content word and the connectors next to it) were seen inside it: every shorter phrase
        /// inside it is inside one of these. Both were counted as windows of their own, so their strings exist.
        /// </summary>
        public void MarkInner(PhraseCount seen, Dictionary<string, int> longest)
        {
            if (seen.Words < 3)
            {
                return;
            }

            var from = seen.From + 1;
            while (words[from].Connector)
            {
                from++;
            }

            var to = seen.From + seen.Length - 2;
            while (words[to].Connector)
            {
                to--;
            }

            Mark(from, seen.From + seen.Length - from);
            Mark(seen.From, to - seen.From + 1);

            void Mark(int start, int length)
            {
                var phrase = Join(start, length);
                var inner = lookup.TryGetValue(phrase, out var known, out _) ? known : phrase.ToString();
                longest[inner] = Math.Max(longest.GetValueOrDefault(inner), seen.Count);
            }
        }

        // Words joined by spaces, but an elided word (d') joined to the next one.
        private ReadOnlySpan<char> Join(int from, int length)
        {
            var size = 0;
            for (var i = from; i < from + length; i++)
            {
                size += words[i].Word.Length + 1;
            }

            if (size > buffer.Length)
            {
                buffer = new char[size * 2];
            }

            var at = 0;
            for (var i = from; i < from + length; i++)
            {
                var word = words[i].Word;
                word.CopyTo(buffer.AsSpan(at));
                at += word.Length;
                if (i < from + length - 1 && !word.EndsWith('\''))
                {
                    buffer[at++] = ' ';
                }
            }

            return buffer.AsSpan(0, at);
        }
    }
}
