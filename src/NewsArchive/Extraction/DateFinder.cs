using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Parsing;

namespace NewsArchive.Extraction;

/// <summary>
/// The publication date of an article: the source's metadata when it has one, else a full date that opens the
/// body as a date line or dateline does (<c>3 mars 2018 . –</c>, <c>PARIS, 1er décembre 2018 (AFP) –</c>,
/// <c>March 3, 2018 —</c>, <c>2018-03-03</c>). Never guessed from a date further in the text; null when nothing says.
/// </summary>
/// <param name="leadLength">How many characters at the start of the body may hold the date.</param>
internal sealed partial class DateFinder(int leadLength = 60)
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public DateOnly? Find(ParsedArticle article, string language)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Published is { } published)
        {
            return published;
        }

        var lead = article.Body.Length > leadLength ? article.Body[..leadLength] : article.Body;
        return FromIso(lead) ?? FromDayMonthYear(lead) ?? FromMonthDayYear(lead);
    }

    private static DateOnly? FromIso(string lead) =>
        IsoDate().Match(lead) is { Success: true } m && AtLeadStart(lead, m.Index)
            ? Make(Number(m.Groups["y"].Value), Number(m.Groups["m"].Value), Number(m.Groups["d"].Value))
            : null;

    private static DateOnly? FromDayMonthYear(string lead) =>
        DayMonthYear().Match(lead) is { Success: true } m && AtLeadStart(lead, m.Index) && Month(m.Groups["month"].Value) is { } month
            ? Make(Number(m.Groups["y"].Value), month, Number(m.Groups["d"].Value))
            : null;

    private static DateOnly? FromMonthDayYear(string lead) =>
        MonthDayYear().Match(lead) is { Success: true } m && AtLeadStart(lead, m.Index) && Month(m.Groups["month"].Value) is { } month
            ? Make(Number(m.Groups["y"].Value), month, Number(m.Groups["d"].Value))
            : null;

    // The date must open the body, or follow only a dateline place (PARIS, / TOKYO -): a date inside a sentence
    // ("le 24 janvier") tells when something happened, not when the article appeared.
    private static bool AtLeadStart(string lead, int index) =>
        index == 0 || DatelinePlace().IsMatch(lead[..index]);

    private static int? Month(string name)
    {
        var key = name.ToLowerInvariant().TrimEnd('.');
        var french = Array.IndexOf(FrenchMonths, key);
        var english = Array.FindIndex(EnglishMonths, m => m == key || (key.Length >= 3 && m.StartsWith(key, StringComparison.Ordinal)));
        return french >= 0 ? french + 1 : english >= 0 ? english + 1 : null;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1800 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:er)?\s+(?<month>\p{L}+\.?)\s+(?<y>\d{4})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<month>\p{L}+\.?)\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^\s*(?:(?:le|on)\s+)?(?:[\p{Lu}][\p{L}\-' ]{1,40}\s*[,\-–—:]\s*)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DatelinePlace();
}
