using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Course.Web.Search.Lunr;
using Course.Web.Text;

namespace Course.Web.Search;

/// <summary>
/// Wraps a language's index and store in a script, <c>window.CourseSearchData.register("kk", index, store);</c>,
/// so pages load it with a <c>&lt;script&gt;</c> tag, which works from file:// where fetch does not.
/// </summary>
public static class SearchScriptWriter
{
    public static (byte[] Script, SearchIndexSize Size) Write(string language, LunrIndex index, SearchStore store)
    {
        ArrayBufferWriter<byte> buffer = new();
        Append(buffer, "window.CourseSearchData.register(" + JsonText.String(language) + ",");
        int indexStart = buffer.WrittenCount;
        using (Utf8JsonWriter writer = new(buffer, LunrIndexSerializer.WriterOptions))
        {
            LunrIndexSerializer.Write(writer, index);
        }

        int indexBytes = buffer.WrittenCount - indexStart;
        Append(buffer, ",");
        int storeStart = buffer.WrittenCount;
        using (Utf8JsonWriter writer = new(buffer, LunrIndexSerializer.WriterOptions))
        {
            SearchStoreSerializer.Write(writer, store);
        }

        int storeBytes = buffer.WrittenCount - storeStart;
        Append(buffer, ");\n");
        byte[] script = buffer.WrittenSpan.ToArray();
        SearchIndexSize size = new(script.Length, GzipLength(script), indexBytes, storeBytes, store.Entries.Count, index.InvertedIndex.Count);
        return (script, size);
    }

    private static void Append(ArrayBufferWriter<byte> buffer, string text) => buffer.Write(Encoding.UTF8.GetBytes(text));

    // gzip -9 decides the budget on real courses; on huge generated ones a faster level is close enough
    private static long GzipLength(byte[] bytes)
    {
        using MemoryStream output = new();
        using (GZipStream gzip = new(output, bytes.Length < 2_000_000 ? CompressionLevel.SmallestSize : CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.Length;
    }
}
