using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Course.Web.Text;

/// <summary>
/// Small JSON values written with <see cref="Utf8JsonWriter"/>, byte for byte what
/// <c>JsonSerializer.Serialize</c> writes with the same encoder, without the reflection-based
/// serializer (which a native AOT build does not have, and which is slow to warm up).
/// </summary>
public static class JsonText
{
    /// <summary>A JSON string literal, escaped by <paramref name="encoder"/> (the serializer's default when null).</summary>
    public static string StringLiteral(string value, JavaScriptEncoder? encoder = null) =>
        Write(encoder, writer => writer.WriteStringValue(value));

    /// <summary>A JSON array of numbers.</summary>
    public static string Array(IEnumerable<int> values) =>
        Write(null, writer =>
        {
            writer.WriteStartArray();
            foreach (int value in values)
            {
                writer.WriteNumberValue(value);
            }

            writer.WriteEndArray();
        });

    /// <summary>A JSON array of strings, escaped by <paramref name="encoder"/> (the serializer's default when null).</summary>
    public static string Array(IEnumerable<string> values, JavaScriptEncoder? encoder = null) =>
        Write(encoder, writer =>
        {
            writer.WriteStartArray();
            foreach (string value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        });

    private static string Write(JavaScriptEncoder? encoder, Action<Utf8JsonWriter> write)
    {
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter writer = new(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
