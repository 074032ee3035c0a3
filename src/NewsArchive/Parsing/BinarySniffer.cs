namespace NewsArchive.Parsing;

/// <summary>Recognises binary files by their magic numbers, or by NUL bytes where text never has them.</summary>
internal static class BinarySniffer
{
    private static readonly (byte[] Magic, string Name)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("%PDF"u8.ToArray(), "PDF document"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "zip archive"),
        ([(byte)'P', (byte)'K', 0x05, 0x06], "zip archive"),
        ([0x1F, 0x8B], "gzip archive"),
        ("RIFF"u8.ToArray(), "RIFF media file"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "executable"),
    ];

    /// <summary>What kind of binary the bytes are, or null when they look like text.</summary>
    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return name;
            }
        }

        // UTF-16 text is full of NULs, but then it starts with a byte order mark.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        return bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0) ? "NUL bytes" : null;
    }

    /// <summary>
    /// UTF-16 saved without a byte order mark: Latin text then has a NUL in nearly every other byte, always on
    /// the same side. Returns the encoding, or null.
    /// </summary>
    public static System.Text.Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNuls += sample[i] == 0 ? 1 : 0;
            oddNuls += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNuls > pairs * 0.8 && evenNuls == 0)
        {
            return System.Text.Encoding.Unicode;
        }

        return evenNuls > pairs * 0.8 && oddNuls == 0 ? System.Text.Encoding.BigEndianUnicode : null;
    }

    /// <summary>Whether the bytes start a zip archive.</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 0x03, 0x04]) || bytes.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 0x05, 0x06]);
}
