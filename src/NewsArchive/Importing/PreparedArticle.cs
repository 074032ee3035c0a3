using NewsArchive.Extraction;
using NewsArchive.Parsing;
using NewsArchive.Storage;

namespace NewsArchive.Importing;

/// <summary>
/// An article ready for the writer: parsed, hashed and (unless known unchanged) analysed and stemmed, all off the
/// writer's thread. <see cref="Article"/>.Source is the stored source path; <see cref="StoredHash"/> the hash the
/// archive held for it when the worker looked (null when new).
/// </summary>
internal sealed record PreparedArticle(ParsedArticle Article, string Hash, string? StoredHash, Analysis? Analysis, ArticleSearchIndex.Row? SearchRow);

/// <summary>
/// One input file after the workers, or a run of its articles: a file of many articles (JSON Lines, a feed) reaches the
/// writer in chunks, so what waits between the workers and the writer is bounded in articles, not in files.
/// <see cref="Last"/> marks the file's final chunk.
/// </summary>
internal sealed record PreparedFile(SourceFile Source, IReadOnlyList<PreparedArticle> Articles, IReadOnlyList<ImportFailureInfo> Failures, bool Last = true);
