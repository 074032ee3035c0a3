namespace NewsArchive.Extraction;

// PLACEHOLDER: replaced by the topics work.
internal sealed class TopicFinder
{
    public IReadOnlyList<FoundTopic> Find(string title, string body, string language) {
        _ = this;
        return [];
    }
}
