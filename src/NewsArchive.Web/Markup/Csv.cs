using System.Text;

namespace NewsArchive.Web.Markup;

/// <summary>
/// RFC 4180 CSV. A field that a spreadsheet would run as a formula (leading <c>= + - @</c>, tab or CR) gets a
/// leading apostrophe, so an exported quote cannot execute in Excel or LibreOffice.
/// </summary>
public static class Csv
{
    public static string Line(params string?[] fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    public static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static string Document(IEnumerable<string?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.Append(Line(row));
        }

        return csv.ToString();
    }
}
