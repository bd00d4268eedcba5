using System.Buffers;
using System.Text;
using System.Text.Json;
using Course.Web.Search.Lunr;
using Course.Web.Text;

namespace Course.Web.Search;

/// <summary>
/// Writes a big index as parts a reader loads only when a query needs them (docs/search.md, "Big courses"):
/// <list type="bullet">
/// <item><c>search/{lang}/index.js</c>: the manifest, <c>register(lang, {version, fields, pipeline, split: {keys, docs, chunk}}, {pages: [], docs: {}}, extras)</c>.
/// <c>keys</c> are keyboard-folded term prefixes in ordinal order; a term belongs to the part of the longest key its folded form starts with.</item>
/// <item><c>search/{lang}/t/{i}.js</c>: <c>part(lang, "t", i, {term: [termIndex, [ref, weight, …] per field]})</c>, every posting of
/// the part's terms with its BM25 weight from the field vector, so search-query.js rebuilds lunr's own index from the parts it has
/// and lunr scores exactly as with the whole index (a query's score only reads the weights of its own terms).</item>
/// <item><c>search/{lang}/s/{i}.js</c>: <c>part(lang, "s", i, {pages: {index: [url, title, chapter]}, docs: {ref: […]}})</c>, the store
/// entries of refs <c>i·chunk … (i+1)·chunk − 1</c> (refs are base-36 ordinals) and the pages they point into.</item>
/// </list>
/// </summary>
public static class SearchSplitWriter
{
    /// <summary>About this many bytes of postings per term part before its prefix is split further.</summary>
    public const int DefaultPartBytes = 24 * 1024;

    /// <summary>Store entries per store part.</summary>
    public const int DefaultChunk = 8;

    private const int MaxKeyLength = 8;

    public static SearchSplitOutput Write(string language, LunrPostingsIndex index, SearchStore store, IReadOnlyList<IReadOnlyList<string>>? synonyms = null, int partBytes = DefaultPartBytes, int chunk = DefaultChunk)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunk, 1);
        for (int i = 0; i < store.Entries.Count; i++)
        {
            if (store.Entries[i].Ref != SearchRefs.FromOrdinal(i))
            {
                throw new ArgumentException($"Store entry {i} has the ref '{store.Entries[i].Ref}'; a split index needs refs that are the entries' base-36 ordinals.", nameof(store));
            }
        }

        SplitTerm[] terms = [.. index.Postings.Select(p => new SplitTerm(p, KeyboardFolding.Fold(p.Term)))];
        SortedDictionary<string, List<SplitTerm>> parts = new(StringComparer.Ordinal);
        Split("", [.. terms], partBytes, parts);
        string[] keys = [.. parts.Keys];

        List<SearchFile> files = [new($"search/{language}/index.js", Manifest(language, index, keys, store.Entries.Count, chunk, synonyms))];
        byte[]? largest = null;
        // Rounded weights take few values, met millions of times at 5,000 pages: each is formatted once, and so is each ref.
        Dictionary<double, byte[]> weights = [];
        byte[][] refs = [.. index.Refs.Select(r => Encoding.UTF8.GetBytes(JsonText.StringLiteral(r, LunrIndexSerializer.WriterOptions.Encoder)))];

        // Thousands of parts: one buffer and one JSON writer for all of them, each part copied out once at its exact size.
        ArrayBufferWriter<byte> buffer = new(64 * 1024);
        using Utf8JsonWriter writer = new(buffer, LunrIndexSerializer.WriterOptions);
        for (int i = 0; i < keys.Length; i++)
        {
            byte[] part = TermPart(buffer, writer, language, i, parts[keys[i]], index.Fields.Count, refs, weights);
            largest = largest is null || part.Length > largest.Length ? part : largest;
            files.Add(new($"search/{language}/t/{i}.js", part));
        }

        int storeParts = (store.Entries.Count + chunk - 1) / chunk;
        for (int i = 0; i < storeParts; i++)
        {
            files.Add(new($"search/{language}/s/{i}.js", StorePart(buffer, writer, language, i, store, chunk)));
        }

        return new SearchSplitOutput(
            files,
            keys.Length,
            storeParts,
            SearchScriptWriter.GzipLength(new MemoryStream(files[0].Content)),
            largest is null ? 0 : SearchScriptWriter.GzipLength(new MemoryStream(largest)),
            files.Sum(f => (long)f.Content.Length),
            store.Entries.Count,
            terms.Length);
    }

    /// <summary>The part a term (or a query word) belongs to: the longest key its folded form starts with; -1 when none.</summary>
    public static int PartOf(IReadOnlyList<string> keys, string word)
    {
        string folded = KeyboardFolding.Fold(word);
        int best = -1;
        for (int i = 0; i < keys.Count; i++)
        {
            if (folded.StartsWith(keys[i], StringComparison.Ordinal) && (best < 0 || keys[i].Length > keys[best].Length))
            {
                best = i;
            }
        }

        return best;
    }

    // A prefix whose terms are too big for one part is split by one more letter; the terms that equal the
    // prefix itself stay under it, and so do the smallest letters' groups while the prefix's part has room: a
    // term still belongs to the longest key it starts with, and the build writes fewer, fuller parts. Not under
    // the empty key: every word starts with it, so each query would load that part. Splitting stops at
    // MaxKeyLength or when one term is left.
    private static void Split(string key, List<SplitTerm> terms, int partBytes, SortedDictionary<string, List<SplitTerm>> parts)
    {
        if (terms.Sum(t => t.Bytes) <= partBytes || terms.Count == 1 || key.Length >= MaxKeyLength)
        {
            parts.Add(key, terms);
            return;
        }

        List<SplitTerm> here = [.. terms.Where(t => t.Folded.Length <= key.Length)];
        int hereBytes = here.Sum(t => t.Bytes);
        IEnumerable<(string Key, List<SplitTerm> Terms, int Bytes)> groups = terms.Where(t => t.Folded.Length > key.Length)
            .GroupBy(t => t.Folded[..(key.Length + 1)], StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Terms: g.ToList(), Bytes: g.Sum(t => t.Bytes)))
            .OrderBy(g => g.Bytes)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach ((string letterKey, List<SplitTerm> group, int bytes) in groups)
        {
            if (key.Length > 0 && hereBytes + bytes <= partBytes)
            {
                here.AddRange(group);
                hereBytes += bytes;
            }
            else
            {
                Split(letterKey, group, partBytes, parts);
            }
        }

        if (here.Count > 0)
        {
            parts.Add(key, here);
        }
    }

    private static byte[] Manifest(string language, LunrPostingsIndex index, string[] keys, int documents, int chunk, IReadOnlyList<IReadOnlyList<string>>? synonyms)
    {
        using MemoryStream output = new();
        SearchScriptWriter.Append(output, "window.CourseSearchData.register(" + JsonText.StringLiteral(language) + ",");
        using (Utf8JsonWriter writer = new(output, LunrIndexSerializer.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("version", LunrIndex.Version);
            WriteStrings(writer, "fields", index.Fields);
            WriteStrings(writer, "pipeline", index.Pipeline);
            writer.WriteStartObject("split");
            WriteStrings(writer, "keys", keys);
            writer.WriteNumber("docs", documents);
            writer.WriteNumber("chunk", chunk);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        SearchScriptWriter.Append(output, ",{\"pages\":[],\"docs\":{}}");
        SearchScriptWriter.AppendExtras(output, synonyms);
        SearchScriptWriter.Append(output, ");\n");
        return output.ToArray();
    }

    private static byte[] TermPart(ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer, string language, int number, List<SplitTerm> terms, int fields, byte[][] refs, Dictionary<double, byte[]> weights)
    {
        StartPart(buffer, writer, $"window.CourseSearchData.part({JsonText.StringLiteral(language)},\"t\",{number},");
        writer.WriteStartObject();
        foreach (LunrTermPostings term in terms.Select(t => t.Postings).OrderBy(t => t.Term, StringComparer.Ordinal))
        {
            writer.WriteStartArray(term.Term);
            writer.WriteNumberValue(term.TermIndex);
            for (int f = 0; f < fields; f++)
            {
                writer.WriteStartArray();
                int[] documents = term.DocumentsByField[f];
                double[] fieldWeights = term.WeightsByField[f];
                for (int p = 0; p < documents.Length; p++)
                {
                    writer.WriteRawValue(refs[documents[p]], skipInputValidation: true);
                    if (!weights.TryGetValue(fieldWeights[p], out byte[]? formatted))
                    {
                        formatted = Encoding.UTF8.GetBytes(JsNumber.Format(fieldWeights[p]));
                        weights.Add(fieldWeights[p], formatted);
                    }

                    writer.WriteRawValue(formatted, skipInputValidation: true);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        return EndPart(buffer, writer);
    }

    private static byte[] StorePart(ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer, string language, int number, SearchStore store, int chunk)
    {
        IEnumerable<SearchStoreEntry> entries = store.Entries.Skip(number * chunk).Take(chunk);
        StartPart(buffer, writer, $"window.CourseSearchData.part({JsonText.StringLiteral(language)},\"s\",{number},");
        writer.WriteStartObject();
        writer.WriteStartObject("pages");
        foreach (int page in entries.Select(e => e.Page).Distinct().Order())
        {
            writer.WriteStartArray(page.ToString(System.Globalization.CultureInfo.InvariantCulture));
            SearchStoreSerializer.WritePage(writer, store.Pages[page]);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("docs");
        foreach (SearchStoreEntry entry in entries)
        {
            SearchStoreSerializer.WriteEntry(writer, entry);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        return EndPart(buffer, writer);
    }

    // A part is its call's opening text, one JSON object from the writer, and the call's end.
    private static void StartPart(ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer, string opening)
    {
        buffer.ResetWrittenCount();
        Encoding.UTF8.GetBytes(opening, buffer);
        writer.Reset(buffer);
    }

    private static byte[] EndPart(ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        writer.Flush();
        Encoding.UTF8.GetBytes(");\n", buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
