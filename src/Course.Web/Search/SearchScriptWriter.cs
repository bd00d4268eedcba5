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
    public static (byte[] Script, SearchIndexSize Size) Write(string language, LunrIndex index, SearchStore store, IReadOnlyList<IReadOnlyList<string>>? synonyms = null)
    {
        using MemoryStream stream = new();
        SearchIndexSize size = Write(stream, language, index, store, synonyms);
        return (stream.ToArray(), size);
    }

    /// <summary>
    /// Writes the script to a readable, seekable stream (a staged file: a big course's index never sits in
    /// memory as a whole), then reads it back once to measure it gzipped.
    /// </summary>
    public static SearchIndexSize Write(Stream output, string language, LunrIndex index, SearchStore store, IReadOnlyList<IReadOnlyList<string>>? synonyms = null)
    {
        long start = output.Position;
        Append(output, "window.CourseSearchData.register(" + JsonText.StringLiteral(language) + ",");
        long indexBytes;
        using (Utf8JsonWriter writer = new(output, LunrIndexSerializer.WriterOptions))
        {
            LunrIndexSerializer.Write(writer, index);
            writer.Flush();
            indexBytes = writer.BytesCommitted;
        }

        Append(output, ",");
        long storeBytes;
        using (Utf8JsonWriter writer = new(output, LunrIndexSerializer.WriterOptions))
        {
            SearchStoreSerializer.Write(writer, store);
            writer.Flush();
            storeBytes = writer.BytesCommitted;
        }

        AppendExtras(output, synonyms);
        Append(output, ");\n");
        output.Flush();
        long rawBytes = output.Position - start;
        output.Position = start;
        return new SearchIndexSize(rawBytes, GzipLength(output), indexBytes, storeBytes, store.Entries.Count, index.InvertedIndex.Count);
    }

    /// <summary>The fourth argument of <c>register</c>, only when there is something in it: courses without synonyms keep the old script.</summary>
    public static void AppendExtras(Stream output, IReadOnlyList<IReadOnlyList<string>>? synonyms)
    {
        if (synonyms is not { Count: > 0 })
        {
            return;
        }

        Append(output, ",");
        using Utf8JsonWriter writer = new(output, LunrIndexSerializer.WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("synonyms");
        foreach (IReadOnlyList<string> group in synonyms)
        {
            writer.WriteStartArray();
            foreach (string word in group)
            {
                writer.WriteStringValue(word);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void Append(Stream output, string text) => output.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Static hosts gzip text at level 6 (zlib's default: Apache, Netlify, most CDNs), so the report measures
    /// what a reader downloads; level 9 would understate it and the fastest level overstate it.
    /// </summary>
    public static long GzipLength(Stream script)
    {
        using ByteCountingStream output = new();
        using (GZipStream gzip = new(output, new ZLibCompressionOptions { CompressionLevel = 6 }, leaveOpen: true))
        {
            script.CopyTo(gzip);
        }

        return output.Length;
    }
}
