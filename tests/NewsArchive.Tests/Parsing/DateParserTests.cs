using NewsArchive.Parsing;

namespace NewsArchive.Tests.Parsing;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("3 mars 2018", "2018-03-03")]
    [InlineData("1er mars 2018", "2018-03-01")]
    [InlineData("1 er octobre 2017", "2017-10-01")]
    [InlineData("4 févr. 2025", "2025-02-04")]
    [InlineData("mardi 4 février 2025", "2025-02-04")]
    [InlineData("15 août 2016", "2016-08-15")]
    [InlineData("Feb. 4, 2025", "2025-02-04")]
    [InlineData("February 4th, 2025", "2025-02-04")]
    [InlineData("4 February 2025", "2025-02-04")]
    [InlineData("Tue, 04 Feb 2025 10:00:00 GMT", "2025-02-04")]
    [InlineData("2025-02-04", "2025-02-04")]
    [InlineData("2025-02-04T23:30:00-05:00", "2025-02-04")]
    public void ReadsFrenchEnglishAndIsoDates(string text, string expected)
    {
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateParser.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hier")]
    [InlineData("4 févr.")]
    [InlineData("31 février 2025")]
    [InlineData("32 mars 2018")]
    [InlineData("3 brumaire 2018")]
    [InlineData("2025-13-01")]
    public void GivesNullRatherThanInventingADate(string text)
    {
        Assert.Null(DateParser.Parse(text));
    }
}
