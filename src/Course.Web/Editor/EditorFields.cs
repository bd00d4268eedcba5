using Course.Web.Quizzes.Kinds;

namespace Course.Web.Editor;

/// <summary>
/// The fields Decap CMS shows for each kind of course file, matching docs/authoring.md and docs/quizzes.md.
/// Every key the build reads is here, so saving in the browser never drops one (sourceHash is kept, hidden).
/// </summary>
public static class EditorFields
{
    private static readonly EditorField SourceHash = new("sourceHash", "sourceHash", "hidden", Required: false);

    // Raw Markdown only: the rich-text mode rewrites Markdown (admonitions, attributes in braces) on save.
    private static readonly EditorField Body = new("body", "Text (Markdown)", "markdown")
    {
        Settings = [new("modes", "raw")],
    };

    /// <summary>A page's fields; a chapter folder's collection holds the overview and the sections, so it has both sets (optional).</summary>
    public static IReadOnlyList<EditorField> Page(bool chapterFields, bool order) =>
    [
        SourceHash,
        new("title", "Title", "string"),
        new("description", "Description", "text"),
        .. order ? [new EditorField("order", "Order in the chapter (sections)", "number", "duplicate", Required: false) { Settings = [new("value_type", "int")] }] : Array.Empty<EditorField>(),
        .. chapterFields
            ? [
                new EditorField("objectives", "Learning objectives (chapter overview)", "list", Required: false),
                new EditorField("keyTerms", "Key terms, as in the glossary (chapter overview)", "list", Required: false),
                new EditorField("takeaways", "Key takeaways (chapter overview)", "list", Required: false),
            ]
            : Array.Empty<EditorField>(),
        Body,
    ];

    public static IReadOnlyList<EditorField> QuizBank() =>
    [
        SourceHash,
        new("title", "Title", "string", Required: false),
        new("questions", "Questions", "list") { TypeKey = "type", Types = QuestionTypes(), Settings = [new("summary", "{{fields.id}}: {{fields.question}}")] },
    ];

    private static EditorField[] Common() =>
    [
        new("id", "Id (ASCII, the same in every language)", "string", "duplicate"),
        new("question", "Question", "text"),
        new("section", "Section that teaches it (<chapter>/<section>)", "string", "duplicate"),
        new("level", "Level", "select", "duplicate", Required: false) { Options = ["recall", "application"] },
        new("explanation", "Explanation", "text"),
    ];

    /// <summary>One item type per quiz kind, from the kinds' registry: adding a kind adds it to the editor.</summary>
    private static IReadOnlyList<EditorItemType> QuestionTypes() =>
        [.. QuizKinds.All.Select(kind => new EditorItemType(kind.Name, kind.EditorLabel, [.. Common(), .. kind.AnswerFields]))];
}
