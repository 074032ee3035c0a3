namespace NewsArchive.Extraction.Entities;

/// <summary>One mention before grouping: offsets into the body and its words (for surname matching).</summary>
internal sealed record RawMention(int Start, int End, string Text, string[] Words);

/// <summary>
/// Groups an article's mentions of one kind into entities. A shorter person mention ("Hayashi", "Trump") joins a
/// fuller one whose words it ends or begins ("Yoshimasa Hayashi"); with several ("Donald Trump", "Melania Trump")
/// it joins the one mentioned most in full, and on a tie the one mentioned last before it. The canonical name is
/// the fullest form in the group.
/// </summary>
internal static class MentionGrouper
{
    public static List<FoundEntity> Group(List<RawMention> mentions, bool mergeShortForms)
    {
        var groups = new List<List<RawMention>>();
        var byKey = new Dictionary<string, List<RawMention>>(StringComparer.Ordinal);
        var ordered = mentions.OrderBy(m => m.Start).ToList();
        if (!mergeShortForms)
        {
            foreach (var mention in ordered)
            {
                Add(groups, byKey, NameKey.Of(mention.Text), mention);
            }
        }
        else
        {
            // Longest forms first, so each shorter one finds every fuller form of the article.
            foreach (var mention in ordered.OrderByDescending(m => m.Words.Length).ThenBy(m => m.Start))
            {
                var key = NameKey.Of(mention.Text);
                var target = byKey.ContainsKey(key) ? null : BestFullForm(groups, mention);
                if (target is null)
                {
                    Add(groups, byKey, key, mention);
                }
                else
                {
                    target.Add(mention);
                    byKey[key] = target;
                }
            }
        }

        return groups
            .Select(g => g.OrderBy(m => m.Start).ToList())
            .OrderBy(g => g[0].Start)
            .Select(g => new FoundEntity(
                g.OrderByDescending(m => m.Words.Length).ThenByDescending(m => m.Text.Length).ThenBy(m => m.Start).First().Text,
                [.. g.Select(m => new FoundMention(m.Text, m.Start, m.End))]))
            .ToList();
    }

    private static void Add(List<List<RawMention>> groups, Dictionary<string, List<RawMention>> byKey, string key, RawMention mention)
    {
        if (!byKey.TryGetValue(key, out var group))
        {
            byKey[key] = group = [];
            groups.Add(group);
        }

        group.Add(mention);
    }

    private static List<RawMention>? BestFullForm(List<List<RawMention>> groups, RawMention mention)
    {
        List<RawMention>? best = null;
        var bestFull = 0;
        var bestLast = -1;
        foreach (var group in groups)
        {
            var full = 0;
            var lastBefore = -1;
            var matches = false;
            foreach (var m in group)
            {
                if (m.Words.Length > mention.Words.Length && (EndsWith(m.Words, mention.Words) || StartsWith(m.Words, mention.Words)))
                {
                    matches = true;
                    full++;
                    if (m.Start < mention.Start)
                    {
                        lastBefore = Math.Max(lastBefore, m.Start);
                    }
                }
            }

            if (matches && (full > bestFull || (full == bestFull && lastBefore > bestLast)))
            {
                best = group;
                bestFull = full;
                bestLast = lastBefore;
            }
        }

        return best;
    }

    private static bool EndsWith(string[] full, string[] part) => Same(full.AsSpan(full.Length - part.Length), part);

    private static bool StartsWith(string[] full, string[] part) => Same(full.AsSpan(0, part.Length), part);

    private static bool Same(ReadOnlySpan<string> a, ReadOnlySpan<string> b)
    {
        for (var k = 0; k < a.Length; k++)
        {
            if (!string.Equals(a[k], b[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
