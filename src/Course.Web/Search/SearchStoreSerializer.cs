using System.Text.Json;

namespace Course.Web.Search;

/// <summary>
/// Writes the store compactly: <c>{"pages":[[url,title,chapter],…],"docs":{ref:[page,anchor,heading,text],…}}</c>.
/// An anchor that search-query.js can compute from the heading (<see cref="HeadingIds"/>) is written as <c>1</c>.
/// </summary>
public static class SearchStoreSerializer
{
    public const int DerivedAnchor = 1;

    public static void Write(Utf8JsonWriter writer, SearchStore store)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("pages");
        foreach (SearchStorePage page in store.Pages)
        {
            writer.WriteStartArray();
            WritePage(writer, page);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("docs");
        foreach (SearchStoreEntry entry in store.Entries)
        {
            WriteEntry(writer, entry);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The rest of a page's array, <c>url,title,chapter]</c>, after the caller opened it (named or not).</summary>
    public static void WritePage(Utf8JsonWriter writer, SearchStorePage page)
    {
        writer.WriteStringValue(page.Url);
        writer.WriteStringValue(page.Title);
        writer.WriteStringValue(page.Chapter);
        writer.WriteEndArray();
    }

    /// <summary><c>"ref":[page,anchor,heading,text]</c> inside the docs object.</summary>
    public static void WriteEntry(Utf8JsonWriter writer, SearchStoreEntry entry)
    {
        writer.WriteStartArray(entry.Ref);
        writer.WriteNumberValue(entry.Page);
        if (HeadingIds.Derives(entry.Heading, entry.Anchor))
        {
            writer.WriteNumberValue(DerivedAnchor);
        }
        else
        {
            writer.WriteStringValue(entry.Anchor);
        }

        writer.WriteStringValue(entry.Heading);
        writer.WriteStringValue(entry.Text);
        writer.WriteEndArray();
    }
}
