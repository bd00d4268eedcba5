namespace Course.Web.Site;

public enum PageKind
{
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
