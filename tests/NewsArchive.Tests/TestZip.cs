using System.IO.Compression;

namespace NewsArchive.Tests;

/// <summary>Builds a zip archive in memory from named entries.</summary>
internal static class TestZip
{
    public static byte[] Of(CompressionLevel level, params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, level).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
