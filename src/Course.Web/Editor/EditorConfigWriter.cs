using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Course.Web.Site;

namespace Course.Web.Editor;

/// <summary>
/// Writes Decap CMS's <c>config.yml</c> from the course. The pages outside chapters form one collection with Decap's
/// i18n <c>multiple_folders</c> (<c>input/kk/index.md</c> beside <c>input/ru/index.md</c>, edited side by side).
/// Decap 3 finds an entry's locale in the folder right above the file and allows i18n on folder collections only,
/// so a chapter's sections (<c>input/kk/concepts/history.md</c>, locale two folders up) cannot be paired that way:
/// each chapter gets one folder collection per language, listed next to each other, and the quiz banks one
/// collection of files. The text is JSON, which is YAML too: System.Text.Json writes it without reflection.
/// </summary>
public static class EditorConfigWriter
{
    public const string TopLevelCollection = "pages";

    public const string QuizCollection = "quizzes";

    public static string Write(CourseSettings settings, string inputFolderName, IReadOnlyList<EditorEntry> entries)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("backend");
            json.WriteString("name", "git-gateway");
            json.WriteString("branch", settings.EditorBranch);
            json.WriteEndObject();
            json.WriteBoolean("local_backend", true);
            json.WriteString("publish_mode", "simple");
            json.WriteString("locale", settings.EditorLocale);
            json.WriteString("site_url", settings.BaseUrl);
            json.WriteString("media_folder", inputFolderName + "/media");
            json.WriteString("public_folder", "/media");
            json.WriteStartObject("i18n");
            json.WriteString("structure", "multiple_folders");
            WriteStrings(json, "locales", settings.Languages);
            json.WriteString("default_locale", settings.SourceLanguage);
            json.WriteEndObject();
            json.WriteStartArray("collections");

            json.WriteStartObject();
            json.WriteString("name", TopLevelCollection);
            json.WriteString("label", "Pages");
            json.WriteString("folder", inputFolderName);
            json.WriteString("extension", "md");
            json.WriteString("format", "frontmatter");
            json.WriteBoolean("i18n", true);
            json.WriteBoolean("create", false);
            json.WriteBoolean("delete", false);
            WriteFields(json, "fields", EditorFields.Page(chapterFields: false, order: false), i18n: true);
            json.WriteEndObject();

            IEnumerable<IGrouping<string, EditorEntry>> chapters = entries
                .Where(e => e.Key.Contains('/', StringComparison.Ordinal))
                .GroupBy(e => e.Key[..e.Key.IndexOf('/', StringComparison.Ordinal)])
                .OrderBy(g => NavIndex(settings, g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal);
            foreach (IGrouping<string, EditorEntry> chapter in chapters)
            {
                EditorEntry? index = chapter.FirstOrDefault(e => e.Kind == EditorEntryKind.Chapter);
                foreach (string lang in settings.Languages)
                {
                    string title = index?.TitleIn(lang) ?? chapter.Key;
                    json.WriteStartObject();
                    json.WriteString("name", $"{chapter.Key}-{lang}");
                    json.WriteString("label", $"{title} ({lang})");
                    json.WriteString("folder", $"{inputFolderName}/{lang}/{chapter.Key}");
                    json.WriteString("extension", "md");
                    json.WriteString("format", "frontmatter");
                    // New sections come from 'course new section' (both languages, the course order, a stamped twin).
                    json.WriteBoolean("create", false);
                    json.WriteBoolean("delete", false);
                    WriteFields(json, "fields", EditorFields.Page(chapterFields: true, order: true), i18n: false);
                    json.WriteEndObject();
                }
            }

            json.WriteStartObject();
            json.WriteString("name", QuizCollection);
            json.WriteString("label", "Quizzes");
            json.WriteBoolean("delete", false);
            json.WriteStartArray("files");
            foreach (EditorEntry bank in entries.Where(e => e.Kind == EditorEntryKind.QuizBank).OrderBy(e => NavIndex(settings, e.Key.Split('/')[0])).ThenBy(e => e.Key, StringComparer.Ordinal))
            {
                foreach (string lang in settings.Languages)
                {
                    json.WriteStartObject();
                    json.WriteString("name", $"{bank.Key.Split('/')[0]}-{lang}");
                    json.WriteString("label", $"{bank.TitleIn(lang)} ({lang})");
                    json.WriteString("file", $"{inputFolderName}/{lang}/{bank.Key}");
                    json.WriteString("format", "yml");
                    WriteFields(json, "fields", EditorFields.QuizBank(), i18n: false);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return "# Generated by `course build` from the course folder: change the course, not this file.\n" + Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static int NavIndex(CourseSettings settings, string chapter)
    {
        int index = settings.Nav.IndexOf(chapter);
        return index < 0 ? int.MaxValue : index;
    }

    private static void WriteFields(Utf8JsonWriter json, string property, IReadOnlyList<EditorField> fields, bool i18n)
    {
        json.WriteStartArray(property);
        foreach (EditorField field in fields)
        {
            json.WriteStartObject();
            json.WriteString("name", field.Name);
            json.WriteString("label", field.Label);
            json.WriteString("widget", field.Widget);
            // A collection without i18n takes no per-field i18n setting; a list takes only a boolean (translated as a whole).
            if (i18n && field.Widget == "list")
            {
                json.WriteBoolean("i18n", field.I18n != "none");
            }
            else if (i18n)
            {
                json.WriteString("i18n", field.I18n);
            }

            if (!field.Required)
            {
                json.WriteBoolean("required", false);
            }

            foreach ((string key, string value) in field.Settings)
            {
                if (key == "modes")
                {
                    WriteStrings(json, key, [value]);
                }
                else
                {
                    json.WriteString(key, value);
                }
            }

            if (field.Options.Count > 0)
            {
                WriteStrings(json, "options", field.Options);
            }

            if (field.Fields.Count > 0)
            {
                WriteFields(json, "fields", field.Fields, i18n);
            }

            if (field.Types.Count > 0)
            {
                json.WriteString("typeKey", field.TypeKey);
                json.WriteStartArray("types");
                foreach (EditorItemType type in field.Types)
                {
                    json.WriteStartObject();
                    json.WriteString("name", type.Name);
                    json.WriteString("label", type.Label);
                    WriteFields(json, "fields", type.Fields, i18n);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string property, IEnumerable<string> values)
    {
        json.WriteStartArray(property);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
