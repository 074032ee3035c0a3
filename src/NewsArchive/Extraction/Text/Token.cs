namespace NewsArchive.Extraction.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters (and digits, hyphens, inner apostrophes, abbreviation dots) starting with a letter.</summary>
    Word,

    /// <summary>Starts with a digit.</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}

/// <summary>
/// A token of a text by offsets (end exclusive). <see cref="SentenceStart"/> marks the first word of a sentence,
/// of a line or of a quotation, where a capital letter proves nothing.
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, bool Capitalised, bool SentenceStart)
{
    public int Length => End - Start;

    public bool IsWord => Kind == TokenKind.Word;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
