using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>
/// Reads a publication date written in French (<c>1er mars 2018</c>, <c>4 févr. 2025</c>), English
/// (<c>Feb. 4, 2025</c>, <c>4 February 2025</c>, RFC 822 <c>Tue, 04 Feb 2025 10:00:00 GMT</c>) or ISO 8601.
/// A date missing its day, month or year, or not on the calendar, is null: dates are never guessed.
/// </summary>
public static partial class DateParser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["janvier"] = 1, ["janv"] = 1, ["février"] = 2, ["fevrier"] = 2, ["févr"] = 2, ["fevr"] = 2, ["mars"] = 3,
        ["avril"] = 4, ["avr"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7, ["juil"] = 7, ["août"] = 8,
        ["aout"] = 8, ["septembre"] = 9, ["sept"] = 9, ["octobre"] = 10, ["oct"] = 10, ["novembre"] = 11,
        ["nov"] = 11, ["décembre"] = 12, ["decembre"] = 12, ["déc"] = 12, ["dec"] = 12,
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4,
        ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8,
        ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
    };

    /// <summary>Parses a whole date string (a leading weekday and a trailing time are allowed), or returns null.</summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = DatePattern().Match(text.Trim());
        return match.Success ? FromMatch(match) : null;
    }

    /// <summary>Finds a date at the very start of <paramref name="text"/>; <paramref name="length"/> is how much it used.</summary>
    internal static DateOnly? ParseAtStart(string text, out int length)
    {
        var match = DateAtStartPattern().Match(text);
        length = match.Success ? match.Length : 0;
        return match.Success ? FromMatch(match) : null;
    }

    private static DateOnly? FromMatch(Match match)
    {
        int year, month, day;
        if (match.Groups["iy"].Success)
        {
            year = int.Parse(match.Groups["iy"].ValueSpan, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["im"].ValueSpan, CultureInfo.InvariantCulture);
            day = int.Parse(match.Groups["id"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else
        {
            var dayGroup = match.Groups["d1"].Success ? match.Groups["d1"] : match.Groups["d2"];
            var monthGroup = match.Groups["m1"].Success ? match.Groups["m1"] : match.Groups["m2"];
            var yearGroup = match.Groups["y1"].Success ? match.Groups["y1"] : match.Groups["y2"];
            if (!Months.TryGetValue(monthGroup.Value, out month))
            {
                return null;
            }

            day = int.Parse(dayGroup.ValueSpan, CultureInfo.InvariantCulture);
            year = int.Parse(yearGroup.ValueSpan, CultureInfo.InvariantCulture);
        }

        return year is >= 1000 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private const string Weekday = @"(?:(?:lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?),?\s+";
    private const string MonthName = @"\p{L}{3,9}";

    private const string Body =
        @"(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?![\d])" +
        @"|(?<d1>\d{1,2})(?:\s?(?:er|e|st|nd|rd|th))?\.?\s+(?<m1>" + MonthName + @")\.?,?\s+(?<y1>\d{4})(?!\d)" +
        @"|(?<m2>" + MonthName + @")\.?\s+(?<d2>\d{1,2})(?:st|nd|rd|th|er)?,?\s+(?<y2>\d{4})(?!\d))";

    [GeneratedRegex(@"^(?:" + Weekday + ")?" + Body + @"(?:[T ,].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:" + Weekday + ")?" + Body, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAtStartPattern();
}
