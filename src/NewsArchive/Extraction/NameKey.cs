using System.Globalization;
using System.Text;

namespace NewsArchive.Extraction;

/// <summary>
/// The canonical key of a name across the archive: case, accents, punctuation and spacing folded,
/// so <c>Jean-Marc Ayrault</c>, <c>jean marc ayrault</c> and <c>Jean-Marc  AYRAULT</c> share one key.
/// </summary>
public static class NameKey
{
    /// <summary>Returns the key of <paramref name="name"/>: lower-case ASCII letters and digits separated by single spaces.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && key.Length > 0)
                {
                    key.Append(' ');
                }

                pendingSpace = false;
                key.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return key.ToString().Normalize(NormalizationForm.FormC);
    }
}
