namespace NewsArchive.Extraction;

// PLACEHOLDER: replaced by the entities work.
internal sealed class LanguageDetector
{
    public string Detect(string body, string? hint) {
        _ = this;
        return hint ?? "fr";
    }
}
