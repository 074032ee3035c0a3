namespace NewsArchive.Web.Markup;

/// <summary>Makes typed text literal inside a SQL LIKE pattern, so <c>%</c> and <c>_</c> match themselves.</summary>
public static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }
}
