namespace NewsArchive.Parsing;

/// <summary>The text formats the readers understand.</summary>
internal enum TextFormat
{
    PlainText,
    Markdown,
    Html,
    Json,
    JsonLines,
    Feed,
}

/// <summary>Decides a text's format from its extension, corrected by what the content starts with.</summary>
internal static class FormatSniffer
{
    private static readonly string[] HtmlStarts = ["<!doctype html", "<html", "<head", "<body", "<article", "<main", "<div", "<p>", "<p ", "<h1", "<!--"];
    private static readonly string[] FeedStarts = ["<rss", "<feed", "<rdf:rdf"];

    public static TextFormat Detect(string extension, string text)
    {
        var start = text.AsSpan().TrimStart();
        var byExtension = extension switch
        {
            ".md" or ".markdown" => TextFormat.Markdown,
            ".html" or ".htm" => TextFormat.Html,
            ".json" => TextFormat.Json,
            ".jsonl" or ".ndjson" => TextFormat.JsonLines,
            ".xml" or ".rss" or ".atom" => TextFormat.Feed,
            _ => TextFormat.PlainText,
        };

        if (LooksLikeFeed(start))
        {
            return TextFormat.Feed;
        }

        if (byExtension is TextFormat.PlainText or TextFormat.Markdown && StartsWithAny(start, HtmlStarts) && !StartsWithAny(start, ["<!--"]))
        {
            return TextFormat.Html;
        }

        if (byExtension == TextFormat.PlainText && start.Length > 0 && start[0] is '{' or '[' && LooksLikeJson(start))
        {
            return start[0] == '{' && start.Contains("}\n{", StringComparison.Ordinal) ? TextFormat.JsonLines : TextFormat.Json;
        }

        return byExtension;
    }

    // A prolog, comments or a doctype say nothing by themselves: the first element decides.
    private static bool LooksLikeFeed(ReadOnlySpan<char> start)
    {
        var probe = start[..Math.Min(start.Length, 4096)];
        for (var i = probe.IndexOf('<'); i >= 0 && i + 1 < probe.Length; i = NextTag(probe, i))
        {
            if (char.IsLetter(probe[i + 1]))
            {
                return StartsWithAny(probe[i..], FeedStarts);
            }
        }

        return false;
    }

    private static int NextTag(ReadOnlySpan<char> text, int from)
    {
        var next = text[(from + 1)..].IndexOf('<');
        return next < 0 ? -1 : from + 1 + next;
    }

    private static bool LooksLikeJson(ReadOnlySpan<char> start)
    {
        var trimmed = start.TrimEnd();
        return trimmed.Length > 1 && trimmed[^1] is '}' or ']';
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
