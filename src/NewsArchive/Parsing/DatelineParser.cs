using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>A dateline found at the start of a wire copy.</summary>
/// <param name="Place">The place as written (<c>TOKYO</c>, <c>NEW YORK</c>).</param>
/// <param name="Published">The date it gives, if any.</param>
/// <param name="Length">How many characters of the text it covers, separator included.</param>
internal sealed record Dateline(string Place, DateOnly? Published, int Length);

/// <summary>
/// Recognises wire-copy datelines: <c>TOKYO :</c>, <c>PARIS (AFP) -</c>, <c>WASHINGTON, 4 févr. 2025 (AFP) -</c>,
/// <c>NEW YORK, Feb. 4, 2025 (Reuters) -</c>. A place without an agency must be in capitals, so that a headline
/// such as <c>France : la CGT…</c> is not taken for one.
/// </summary>
internal static partial class DatelineParser
{
    // Capitalised labels that open a lead the way a place does ("EXCLUSIF : …") but are not places.
    private static readonly FrozenSet<string> Labels = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "EXCLUSIF", "EXCLUSIVE", "VIDÉO", "VIDEO", "PHOTOS", "INFO", "INFOS", "ALERTE", "URGENT", "DIRECT", "LIVE",
        "ENQUÊTE", "ENTRETIEN", "INTERVIEW", "TRIBUNE", "ANALYSE", "ANALYSIS", "OPINION", "BREAKING", "UPDATE",
        "MISE À JOUR", "DÉCRYPTAGE", "REPORTAGE", "PORTRAIT", "ÉDITO", "CHRONIQUE", "FLASH");

    public static Dateline? Find(string text)
    {
        var match = WithAgency().Match(text);
        var agency = match.Success;
        if (!agency)
        {
            match = CapitalPlace().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        if (Labels.Contains(match.Groups["place"].Value.Trim()))
        {
            return null;
        }

        var dateText = match.Groups["date"].Value;
        var published = DateParser.Parse(dateText);

        // Without an agency to vouch for it, a comma after the place followed by something that is no date means
        // this was prose, not a dateline; with one, the date may simply lack its year.
        if (!agency && dateText.Length > 0 && published is null)
        {
            return null;
        }

        return new Dateline(match.Groups["place"].Value.Trim(), published, match.Length);
    }

    private const string Capitals = @"\p{Lu}[\p{Lu}\p{M}'’. \-]{0,38}[\p{Lu}\p{M}.]";

    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{L}\p{M}'’.\-]*(?: [\p{L}\p{M}'’.\-]+){0,3})(?:,\s*(?<date>[^()\n]{4,40}?))?\s*\((?<agency>\p{Lu}[\p{L}./\- ]{1,29})\)\s*[-–—]+\s*",
        RegexOptions.CultureInvariant)]
    private static partial Regex WithAgency();

    [GeneratedRegex(@"^(?<place>" + Capitals + @")(?:,\s*(?<date>[^:\n]{4,40}?))?\s*[:–—-]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalPlace();
}
