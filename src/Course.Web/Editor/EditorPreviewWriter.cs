using System.Text.Encodings.Web;
using System.Text.Json;
using Course.Web.Markdown;
using Course.Web.Site;

namespace Course.Web.Editor;

/// <summary>
/// Writes admin/preview.json, what the editor's page preview (admin.js) needs to show a page as the build renders it:
/// the titles of the <c>&gt; [!KIND]</c> boxes in each language, from the same UI strings the build uses.
/// </summary>
public static class EditorPreviewWriter
{
    public const string FileName = "preview.json";

    public static string Write(CourseSettings settings, UiStrings strings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("defaultLanguage", settings.SourceLanguage);
            json.WriteStartObject("alerts");
            foreach (string lang in settings.Languages)
            {
                json.WriteStartObject(lang);
                foreach (string kind in CourseMarkdown.KnownAlertKinds)
                {
                    string name = kind.ToLowerInvariant();
                    json.WriteString(name, strings.Get(lang, "alert." + name));
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
