using NewsArchive.Extraction;

namespace NewsArchive.Storage;

/// <summary>URL slugs: <c>Shigeru Ishiba</c> gives <c>shigeru-ishiba</c>.</summary>
public static class Slug
{
    /// <summary>The slug of <paramref name="text"/>, at most <paramref name="maxLength"/> characters, cut at a word; "n-a" when nothing is left.</summary>
    public static string Of(string text, int maxLength = 80)
    {
        var slug = NameKey.Of(text).Replace(' ', '-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > 0 ? cut : maxLength)];
        }

        return slug.Length == 0 ? "n-a" : slug;
    }
}
