using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Course.Web.Search.Lunr;

/// <summary>
/// Writes a <see cref="LunrIndex"/> as the JSON that lunr.js's <c>JSON.stringify(idx)</c> produces:
/// same key order, same number format, no white space, Cyrillic as UTF-8. Strings are escaped with
/// the relaxed encoder, which equals <c>JSON.stringify</c> for ordinary text; rare characters
/// (U+00A0, U+2028, astral code points) come out as <c>\u</c> escapes, equal after parsing.
/// </summary>
public static class LunrIndexSerializer
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static byte[] SerializeToUtf8Bytes(LunrIndex index)
    {
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter writer = new(buffer, WriterOptions))
        {
            Write(writer, index);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string Serialize(LunrIndex index) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(index));

    public static void Write(Utf8JsonWriter writer, LunrIndex index)
    {
        writer.WriteStartObject();
        writer.WriteString("version", LunrIndex.Version);
        writer.WriteStartArray("fields");
        foreach (string field in index.Fields)
        {
            writer.WriteStringValue(field);
        }

        writer.WriteEndArray();
        WriteFieldVectors(writer, index.FieldVectors);
        WriteInvertedIndex(writer, index);
        writer.WriteStartArray("pipeline");
        foreach (string label in index.Pipeline)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFieldVectors(Utf8JsonWriter writer, IReadOnlyList<LunrFieldVector> vectors)
    {
        writer.WriteStartArray("fieldVectors");
        Dictionary<double, string> formatted = []; // few distinct scores, written a million times
        foreach (LunrFieldVector vector in vectors)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(vector.FieldRef);
            writer.WriteStartArray();
            foreach (VectorElement element in vector.Elements)
            {
                writer.WriteNumberValue(element.TermIndex);
                if (!formatted.TryGetValue(element.Score, out string? number))
                {
                    number = JsNumber.Format(element.Score);
                    formatted.Add(element.Score, number);
                }

                writer.WriteRawValue(number, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
            FlushNow(writer);
        }

        writer.WriteEndArray();
    }

    private static void WriteInvertedIndex(Utf8JsonWriter writer, LunrIndex index)
    {
        writer.WriteStartArray("invertedIndex");
        foreach (LunrPosting posting in index.InvertedIndex)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(posting.Term);
            writer.WriteStartObject();
            writer.WriteNumber("_index", posting.TermIndex);
            for (int f = 0; f < index.Fields.Count; f++)
            {
                writer.WriteStartObject(index.Fields[f]);
                foreach (string documentRef in posting.RefsByField[f])
                {
                    writer.WriteStartObject(documentRef);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            FlushNow(writer);
        }

        writer.WriteEndArray();
    }

    // A writer over a stream keeps everything until it is flushed: a big index would sit in memory twice.
    private static void FlushNow(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > 65536)
        {
            writer.Flush();
        }
    }
}
