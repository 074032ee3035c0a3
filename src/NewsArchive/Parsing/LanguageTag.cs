namespace NewsArchive.Parsing;

/// <summary>Reduces a language given by metadata (<c>fr-FR</c>, <c>en_GB</c>, <c>fra</c>) to ISO 639-1, or null.</summary>
internal static class LanguageTag
{
    private static readonly Dictionary<string, string> ThreeLetter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fra"] = "fr", ["fre"] = "fr", ["eng"] = "en", ["deu"] = "de", ["ger"] = "de", ["spa"] = "es", ["ita"] = "it",
        ["por"] = "pt", ["nld"] = "nl", ["dut"] = "nl",
        ["french"] = "fr", ["français"] = "fr", ["english"] = "en",
    };

    public static string? Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_', ' ', ',', ';')[0];
        if (primary.Length == 2 && primary.All(char.IsAsciiLetter))
        {
            return primary.ToLowerInvariant();
        }

        return ThreeLetter.TryGetValue(primary, out var code) ? code : null;
    }
}
