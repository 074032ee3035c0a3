using System.Collections.Frozen;
using System.Reflection;

namespace NewsArchive.Extraction;

/// <summary>
/// Word lists kept as data in <c>Rules/*.txt</c> (embedded resources): one entry a line, <c>#</c> starts a comment.
/// </summary>
public static class Lexicon
{
    private static readonly Assembly Assembly = typeof(Lexicon).Assembly;

    /// <summary>The lines of <c>Rules/{name}.txt</c>, trimmed, without blanks and comments, in file order.</summary>
    /// <exception cref="InvalidOperationException">No such rule file is embedded (a build mistake, not bad input).</exception>
    public static IReadOnlyList<string> Lines(string name)
    {
        var resource = $"NewsArchive.Rules.{name.Replace('/', '.')}.txt";
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The rule file Rules/{name}.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0)
            {
                lines.Add(entry);
            }
        }

        return lines;
    }

    /// <summary>The entries of <c>Rules/{name}.txt</c> as a frozen set with the given comparer (ordinal by default).</summary>
    public static FrozenSet<string> Set(string name, StringComparer? comparer = null) =>
        Lines(name).ToFrozenSet(comparer ?? StringComparer.Ordinal);
}
