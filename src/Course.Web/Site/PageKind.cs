namespace Course.Web.Site;

/// <summary>What a page is, set by <c>ClassifyPages</c> for a source file or by the module that generates the page.</summary>
public enum PageKind
{
    /// <summary>
    /// Not a page (course.yml, an asset), or a page whose kind nobody set: the default, so a missing kind is never
    /// read as <see cref="Home"/>. A layout refuses it (<c>PageModelFactory</c>).
    /// </summary>
    None,
    Home,
    Chapter,
    Section,
    Page,
    Glossary,
    Quiz,
    Quizzes,
    Flashcards,
    NotFound,
    Fallback,
    Print,
}
