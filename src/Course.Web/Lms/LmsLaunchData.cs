using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Course.Web.Lms;

/// <summary>
/// What the LMS adapter (theme/assets/js/scorm.js) needs to know of one language's course: where the pages
/// are, which sections each has (completion: every section read), which quizzes count and how many questions
/// each has (the score), the pass mark. Indexes into these lists keep suspend_data small.
/// </summary>
public sealed record LmsLaunchData(string Lang, string Start, int PassMark, IReadOnlyList<LmsPage> Pages, IReadOnlyList<LmsQuiz> Quizzes)
{
    /// <summary>The data as JSON for the launch page; '&lt;' is escaped so it cannot close its script element.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("lang", Lang);
            writer.WriteString("start", Start);
            writer.WriteNumber("passMark", PassMark);
            writer.WriteStartArray("pages");
            foreach (LmsPage page in Pages)
            {
                writer.WriteStartObject();
                writer.WriteString("path", page.Path);
                writer.WriteStartArray("sections");
                page.Sections.ToList().ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("quizzes");
            foreach (LmsQuiz quiz in Quizzes)
            {
                writer.WriteStartObject();
                writer.WriteString("id", quiz.Id);
                writer.WriteString("path", quiz.Path);
                writer.WriteNumber("questions", quiz.Questions);
                writer.WriteStartArray("ids");
                quiz.QuestionIds.ToList().ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("<", "\\u003C", StringComparison.Ordinal);
    }
}
