using NewsArchive.Web.Markup;

namespace NewsArchive.Web.Tests.Markup;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("", "")]
    public void QuotesFieldsAndDefusesFormulas(string value, string expected) => Assert.Equal(expected, Csv.Field(value));

    [Fact]
    public void EndsEveryLineWithCrLf() => Assert.Equal("a,b\r\nc,\r\n", Csv.Document([["a", "b"], ["c", null]]));
}
