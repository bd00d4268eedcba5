using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Course.Core.Documents;
using Course.Web.Markdown;
using Course.Web.Outline;
using Course.Web.Site;

namespace Course.Web.Progress;

/// <summary>
/// What the browser needs to turn stored ticks into percentages and time left, per language: each
/// chapter's pages, and each page's title, words and sections (its h2 ids; a page without h2 is one
/// section, <see cref="WholePage"/>). Written as a script (<c>window.CourseReadingMap</c>) so it also
/// loads from file://. site.js reads it; the same definition of a section marks them as read.
/// </summary>
public static class ReadingMap
{
    public const string FileName = "reading-map.js";

    /// <summary>The section id of a page without h2 headings (twin of WHOLE_PAGE in site.js).</summary>
    public const string WholePage = "_page";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Script(LanguageOutline language, IEnumerable<Document> pages)
    {
        var byPath = pages.ToDictionary(p => p.GetString(CourseKeys.UrlPath), StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("lang", language.Lang);
            json.WriteNumber("wpm", WordCounter.WordsPerMinute);
            json.WriteStartObject("chapters");
            foreach (OutlineChapter chapter in language.Entries.Select(e => e.Chapter).OfType<OutlineChapter>())
            {
                json.WriteStartArray(chapter.Slug);
                foreach (OutlinePage page in chapter.Sections.Prepend(chapter.Overview))
                {
                    json.WriteStringValue(page.UrlPath);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartObject("pages");
            foreach (OutlinePage page in language.ReadingOrder.Prepend(language.Home).Where(p => byPath.ContainsKey(p.UrlPath)).DistinctBy(p => p.UrlPath))
            {
                Document document = byPath[page.UrlPath];
                json.WriteStartObject(page.UrlPath);
                json.WriteString("t", page.Title);
                json.WriteNumber("w", document.Get<int>(CourseKeys.Words));
                json.WriteStartArray("s");
                foreach (string id in SectionIds(document.Get<IReadOnlyList<HeadingInfo>>(CourseKeys.Headings) ?? []))
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return "window.CourseReadingMap = " + Encoding.UTF8.GetString(buffer.ToArray()) + ";\n";
    }

    /// <summary>A page's sections: its h2 ids in order, or the whole page when it has none.</summary>
    public static IReadOnlyList<string> SectionIds(IReadOnlyList<HeadingInfo> headings)
    {
        string[] ids = [.. headings.Where(h => h.Level == 2 && h.Id.Length > 0).Select(h => h.Id)];
        return ids.Length > 0 ? ids : [WholePage];
    }
}
