using NewsArchive.Extraction;

namespace NewsArchive.Web.Markup;

/// <summary>A name in the body that links to its entity page.</summary>
public sealed record MentionMark(int Start, int End, EntityKind Kind, string Slug, string Name);

/// <summary>A quote in the body with its speaker (or none).</summary>
public sealed record QuoteMark(int Id, int Start, int End, EntityKind? SpeakerKind, string? SpeakerSlug, string? SpeakerName);

/// <summary>Plain text, or a mention when <see cref="Mention"/> is set.</summary>
public sealed record BodyPart(string Text, MentionMark? Mention);

/// <summary>A run of parts inside one quote (or outside all quotes); <see cref="QuoteEnds"/> marks the run where its quote closes.</summary>
public sealed record BodyRun(QuoteMark? Quote, bool QuoteEnds, IReadOnlyList<BodyPart> Parts);

public sealed record BodyParagraph(IReadOnlyList<BodyRun> Runs);

/// <summary>
/// Cuts an article body into paragraphs, quote runs and mention parts by offsets, so a view can render links and
/// quote marks with Razor alone. Marks outside the body, empty, or overlapping an earlier mark of their kind are
/// dropped; a mention that straddles a quote boundary is dropped too, since it cannot nest.
/// </summary>
public static class BodyMarkup
{
    public static IReadOnlyList<BodyParagraph> Split(string body, IEnumerable<MentionMark> mentions, IEnumerable<QuoteMark> quotes)
    {
        ArgumentNullException.ThrowIfNull(body);
        var quoteList = NonOverlapping(quotes, q => (q.Start, q.End), body.Length);
        var mentionList = NonOverlapping(mentions, m => (m.Start, m.End), body.Length)
            .Where(m => quoteList.All(q => (m.End <= q.Start || m.Start >= q.End) || (m.Start >= q.Start && m.End <= q.End)))
            .ToList();

        var paragraphs = new List<BodyParagraph>();
        var lineStart = 0;
        while (lineStart <= body.Length)
        {
            var lineEnd = body.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = body.Length;
            }

            if (body.AsSpan(lineStart, lineEnd - lineStart).Trim().Length > 0)
            {
                paragraphs.Add(new BodyParagraph(Runs(body, lineStart, lineEnd, mentionList, quoteList)));
            }

            lineStart = lineEnd + 1;
        }

        return paragraphs;
    }

    private static List<BodyRun> Runs(string body, int start, int end, List<MentionMark> mentions, List<QuoteMark> quotes)
    {
        // Every offset where something starts or stops cuts the line; each piece then has at most one quote and one mention.
        SortedSet<int> cuts = [start, end];
        foreach (var q in quotes.Where(q => q.End > start && q.Start < end))
        {
            cuts.Add(Math.Max(q.Start, start));
            cuts.Add(Math.Min(q.End, end));
        }

        foreach (var m in mentions.Where(m => m.End > start && m.Start < end))
        {
            cuts.Add(Math.Max(m.Start, start));
            cuts.Add(Math.Min(m.End, end));
        }

        var runs = new List<BodyRun>();
        var parts = new List<BodyPart>();
        QuoteMark? current = null;
        var points = cuts.ToArray();
        for (var i = 0; i + 1 < points.Length; i++)
        {
            var (from, to) = (points[i], points[i + 1]);
            var quote = quotes.FirstOrDefault(q => q.Start <= from && q.End >= to);
            var mention = mentions.FirstOrDefault(m => m.Start <= from && m.End >= to);
            if (quote != current && parts.Count > 0)
            {
                runs.Add(new BodyRun(current, current is not null && current.End <= from, parts));
                parts = [];
            }

            current = quote;
            var text = body[from..to].TrimEnd('\r');
            if (parts.Count > 0 && mention is not null && parts[^1].Mention == mention)
            {
                parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
            }
            else if (text.Length > 0)
            {
                parts.Add(new BodyPart(text, mention));
            }
        }

        if (parts.Count > 0)
        {
            runs.Add(new BodyRun(current, current is not null && current.End <= end, parts));
        }

        return runs;
    }

    private static List<T> NonOverlapping<T>(IEnumerable<T> marks, Func<T, (int Start, int End)> span, int length)
    {
        var kept = new List<T>();
        var reached = 0;
        foreach (var mark in marks.Where(m => span(m).Start >= 0 && span(m).End <= length && span(m).Start < span(m).End)
                     .OrderBy(m => span(m).Start).ThenByDescending(m => span(m).End))
        {
            if (span(mark).Start >= reached)
            {
                kept.Add(mark);
                reached = span(mark).End;
            }
        }

        return kept;
    }
}
