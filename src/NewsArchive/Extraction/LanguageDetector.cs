using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction;

/// <summary>
/// Tells French from English by counting frequent function words (<c>Rules/language-profile.*.txt</c>); anything
/// else is <c>und</c>. A metadata hint wins when the text is too short to judge.
/// </summary>
internal sealed class LanguageDetector
{
    private const int ShortText = 20;
    private const double MinimumShare = 0.08;

    private readonly WordSet french;
    private readonly WordSet english;

    public LanguageDetector()
        : this(Lexicon.Lines("language-profile.fr"), Lexicon.Lines("language-profile.en"))
    {
    }

    public LanguageDetector(IEnumerable<string> frenchWords, IEnumerable<string> englishWords)
    {
        french = new WordSet(frenchWords, ignoreCase: true);
        english = new WordSet(englishWords, ignoreCase: true);
    }

    /// <summary>"fr", "en" or "und" for <paramref name="body"/>; <paramref name="hint"/> is the source's own claim, if any.</summary>
    public string Detect(string body, string? hint)
    {
        ArgumentNullException.ThrowIfNull(body);
        var words = 0;
        var fr = 0;
        var en = 0;
        foreach (var token in Tokenizer.Tokenize(body, static _ => false))
        {
            if (!token.IsWord)
            {
                continue;
            }

            words++;
            var word = token.In(body);
            var isFrench = french.Contains(word);
            var isEnglish = english.Contains(word);
            if (isFrench != isEnglish)
            {
                fr += isFrench ? 1 : 0;
                en += isEnglish ? 1 : 0;
            }
        }

        var normalisedHint = hint is { Length: >= 2 } ? hint[..2].ToLowerInvariant() : null;
        if (words < ShortText && normalisedHint is not null)
        {
            return normalisedHint;
        }

        if (Math.Max(fr, en) < words * MinimumShare || fr == en)
        {
            return normalisedHint ?? "und";
        }

        return fr > en ? "fr" : "en";
    }
}
