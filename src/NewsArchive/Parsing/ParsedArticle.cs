namespace NewsArchive.Parsing;

/// <summary>
/// One article as a reader found it: plain text and metadata, nothing extracted yet.
/// </summary>
/// <param name="Source">Where it came from: a file path, or <c>archive.zip/inner/file.txt</c> for a zip entry.</param>
/// <param name="Item">The article's index inside its source (0 for a file holding one article).</param>
/// <param name="Title">The headline, or one derived from the lead sentence when the text has none.</param>
/// <param name="Body">The article's plain text (NFC, LF line ends), without headline, dateline or date line.</param>
/// <param name="Language">An ISO 639-1 code given by the source's metadata, or null when the source says nothing.</param>
/// <param name="Published">The publication date the source states, or null: never invented.</param>
/// <param name="Dateline">The dateline place (<c>TOKYO</c>), or null.</param>
/// <param name="Url">The article's original address, or null.</param>
/// <param name="Author">The byline, or null.</param>
/// <param name="Tags">Tags or keywords given by the source.</param>
/// <param name="Subheadings">Subheads found in the body, with their offsets into <paramref name="Body"/>.</param>
public sealed record ParsedArticle(
    string Source,
    int Item,
    string Title,
    string Body,
    string? Language = null,
    DateOnly? Published = null,
    string? Dateline = null,
    string? Url = null,
    string? Author = null,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyList<TextSpan>? Subheadings = null);

/// <summary>A span of text with character offsets (end exclusive) into an article body.</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>A source, or an entry inside one, that could not be read.</summary>
/// <param name="Source">The path (or zip entry path) of what failed.</param>
/// <param name="Reason">Why, in words a user understands.</param>
public sealed record ParseFailure(string Source, string Reason);

/// <summary>What one input file gave: its articles, and what inside it failed (a zip may give both).</summary>
public sealed record ParsedFile(string Source, IReadOnlyList<ParsedArticle> Articles, IReadOnlyList<ParseFailure> Failures);
