using System.Text.Json;

namespace NewsArchive.Parsing;

/// <summary>Lenient readers for the loosely typed fields of article JSON and JSON-LD.</summary>
internal static class JsonFields
{
    /// <summary>A property by name, ignoring case.</summary>
    public static JsonElement? Find(JsonElement record, string name)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in record.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>A string property; an object with <c>@id</c>, <c>url</c> or <c>name</c> gives that.</summary>
    public static string? String(JsonElement record, string name) => Find(record, name) is { } value ? AsString(value) : null;

    public static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => String(value, "@id") ?? String(value, "url") ?? String(value, "name") ?? String(value, "@value"),
        _ => null,
    };

    /// <summary>Strings from an array, or a comma-separated string.</summary>
    public static IReadOnlyList<string> Strings(JsonElement record, string name) => Find(record, name) switch
    {
        { ValueKind: JsonValueKind.String } s => [.. s.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        { ValueKind: JsonValueKind.Array } a => [.. a.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? String(e, "name") : AsString(e)).OfType<string>().Where(s => s.Trim().Length > 0).Select(s => s.Trim())],
        _ => [],
    };

    /// <summary>A person or a list of people (strings or objects with a name), joined by commas.</summary>
    public static string? People(JsonElement record, string name)
    {
        var value = Find(record, name);
        IEnumerable<string?> names = value switch
        {
            { ValueKind: JsonValueKind.String } s => [s.GetString()],
            { ValueKind: JsonValueKind.Object } o => [String(o, "name")],
            { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? String(e, "name") : e.ValueKind == JsonValueKind.String ? e.GetString() : null),
            _ => [],
        };
        var joined = string.Join(", ", names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));
        return joined.Length == 0 ? null : joined;
    }
}
