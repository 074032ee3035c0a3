using System.Text;

namespace NewsArchive.Parsing;

/// <summary>The outcome of decoding: the text, or why there is none.</summary>
internal readonly record struct DecodedText(string? Text, string? Failure)
{
    public static DecodedText Fail(string reason) => new(null, reason);
}

/// <summary>
/// Turns a file's bytes into normalised text (NFC, LF line ends, no control characters), or says why it cannot
/// (binary content). Bytes that are not UTF-8 are read as Windows-1252 unless the detector is confident otherwise.
/// </summary>
internal static class TextDecoder
{
    // Single-byte code pages need the provider; registering is idempotent and process-wide.
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes bytes and normalises the text; <paramref name="extension"/> only words the failure.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string extension)
    {
        if (BinarySniffer.Utf16WithoutBom(bytes) is { } utf16)
        {
            return new DecodedText(Normalise(utf16.GetString(bytes)), null);
        }

        var binary = BinarySniffer.Identify(bytes);
        if (binary is not null)
        {
            return DecodedText.Fail(string.IsNullOrEmpty(extension)
                ? $"binary content ({binary})"
                : $"binary content ({binary}) under a {extension} name");
        }

        return new DecodedText(Normalise(DecodeRaw(bytes)), null);
    }

    /// <summary>Decodes bytes already known to be text (no binary check).</summary>
    internal static string DecodeRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return TryUtf8(bytes[3..]) ?? DecodeLegacy(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return TryUtf8(bytes) ?? DecodeLegacy(bytes);
    }

    /// <summary>CRLF/CR to LF, NFC, and no control characters other than tab and line feed.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\n' or '\t' || !IsUnwanted(c))
            {
                builder.Append(c);
            }
        }

        var result = builder.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    // C0, DEL and C1 controls, and stray byte order marks inside the text.
    private static bool IsUnwanted(char c) => char.IsControl(c) || c == '\uFEFF';

    private static string? TryUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string DecodeLegacy(ReadOnlySpan<byte> bytes)
    {
        var detector = new Ude.CharsetDetector();
        var array = bytes.ToArray();
        detector.Feed(array, 0, array.Length);
        detector.DataEnd();
        return LegacyEncoding(detector.Charset, detector.Confidence).GetString(array);
    }

    // Short French or English texts often fool the detector into exotic guesses; Windows-1252 (a superset of
    // ISO-8859-1, as browsers treat it) is the safe default, and only a confident other answer overrides it.
    private static Encoding LegacyEncoding(string? charset, float confidence)
    {
        var windows1252 = Encoding.GetEncoding(1252);
        if (charset is null || confidence < 0.9f
            || charset.Equals("ISO-8859-1", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("ASCII", StringComparison.OrdinalIgnoreCase)
            || charset.StartsWith("UTF", StringComparison.OrdinalIgnoreCase))
        {
            return windows1252;
        }

        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return windows1252;
        }
    }
}
