using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Importing;

/// <summary>The SHA-256 (lower-case hex) of everything a parsed article holds, so an unchanged source is recognised.</summary>
internal static class ContentHash
{
    public static string Of(ParsedArticle article)
    {
        var text = new StringBuilder(article.Title.Length + article.Body.Length + 256);
        // Each field is length-prefixed, so moving text from one field to the next changes the hash.
        Field(text, article.Title);
        Field(text, article.Body);
        Field(text, article.Language);
        Field(text, article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(text, article.Dateline);
        Field(text, article.Url);
        Field(text, article.Author);
        foreach (var tag in article.Tags ?? [])
        {
            Field(text, tag);
        }

        text.Append('|');
        foreach (var span in article.Subheadings ?? [])
        {
            text.Append(span.Start.ToString(CultureInfo.InvariantCulture)).Append('-').Append(span.End.ToString(CultureInfo.InvariantCulture)).Append(',');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Field(StringBuilder text, string? value) =>
        text.Append(value is null ? "-1" : value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
}
