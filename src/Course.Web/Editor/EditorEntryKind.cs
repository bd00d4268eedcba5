namespace Course.Web.Editor;

public enum EditorEntryKind
{
    Page,
    Chapter,
    Section,
    QuizBank,
}
