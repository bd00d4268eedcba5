using System.Text.Json;

namespace Course.Web.Search;

/// <summary>
/// Writes the store compactly: <c>{"pages":[[url,title,chapter],…],"docs":{ref:[page,anchor,heading,text],…}}</c>.
/// An anchor that search.js can compute from the heading (<see cref="HeadingIds"/>) is written as <c>1</c>.
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
            writer.WriteStringValue(page.Url);
            writer.WriteStringValue(page.Title);
            writer.WriteStringValue(page.Chapter);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("docs");
        foreach (SearchStoreEntry entry in store.Entries)
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

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
