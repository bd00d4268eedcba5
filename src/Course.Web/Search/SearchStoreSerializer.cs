using System.Text.Json;

namespace Course.Web.Search;

/// <summary>
/// Writes the store compactly: <c>{"pages":[[url,title,chapter],…],"docs":{ref:[page,anchor,heading,text],…},"stopWords":[…]}</c>.
/// </summary>
public static class SearchStoreSerializer
{
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
            writer.WriteStringValue(entry.Anchor);
            writer.WriteStringValue(entry.Heading);
            writer.WriteStringValue(entry.Text);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("stopWords");
        foreach (string word in store.StopWords)
        {
            writer.WriteStringValue(word);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
