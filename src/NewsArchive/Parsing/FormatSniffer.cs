using System.Text.Json;

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
    private static readonly string[] HtmlStarts = ["<html", "<head", "<body", "<article", "<main", "<section", "<div", "<p>", "<p ", "<h1", "<h2"];
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

        var first = FirstElement(start);
        if (StartsWithAny(first, FeedStarts))
        {
            return TextFormat.Feed;
        }

        if (byExtension is TextFormat.PlainText or TextFormat.Markdown
            && (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || StartsWithAny(first, HtmlStarts)))
        {
            return TextFormat.Html;
        }

        if (byExtension == TextFormat.PlainText && start.Length > 0 && start[0] is '{' or '[')
        {
            return IsJson(text) ? TextFormat.Json : LooksLikeJsonLines(text) ? TextFormat.JsonLines : byExtension;
        }

        return byExtension;
    }

    /// <summary>Several lines, the first of them a JSON object on its own: JSON Lines, whatever the name says.</summary>
    public static bool LooksLikeJsonLines(string text)
    {
        var lines = text.Split('\n', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 1 && lines[0].StartsWith('{') && lines[1].StartsWith('{') && IsJson(lines[0]);
    }

    // Markup only counts from the very start; a prolog, comments or a doctype say nothing by themselves, so the
    // first element decides.
    private static ReadOnlySpan<char> FirstElement(ReadOnlySpan<char> start)
    {
        if (start.Length == 0 || start[0] != '<')
        {
            return [];
        }

        var probe = start[..Math.Min(start.Length, 4096)];
        for (var i = 0; i >= 0 && i + 1 < probe.Length; i = NextTag(probe, i))
        {
            if (char.IsLetter(probe[i + 1]))
            {
                return probe[i..];
            }
        }

        return [];
    }

    private static int NextTag(ReadOnlySpan<char> text, int from)
    {
        var next = text[(from + 1)..].IndexOf('<');
        return next < 0 ? -1 : from + 1 + next;
    }

    // Text that merely starts with a bracket ("[Photo] …") stays text: only JSON that parses counts.
    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
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
