using System.Buffers;
using System.Text;
using System.Text.Json;

namespace NewsArchive.Importing;

/// <summary>Rows for one set-based statement, as a JSON array of arrays read back with <c>json_each</c>.</summary>
internal sealed class JsonRows
{
    private readonly List<object?[]> rows = [];

    public int Count => rows.Count;

    public void Add(params object?[] values) => rows.Add(values);

    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null: json.WriteNullValue(); break;
                        case int i: json.WriteNumberValue(i); break;
                        case double d: json.WriteNumberValue(d); break;
                        case string text: json.WriteStringValue(text); break;
                        default: throw new ArgumentException("Unsupported value " + value.GetType().Name, nameof(rows));
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
