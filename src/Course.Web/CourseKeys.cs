namespace Course.Web;

/// <summary>Course metadata keys, one place for every name modules share.</summary>
public static class CourseKeys
{
    public const string Lang = nameof(Lang);
    /// <summary>The path inside the language folder (concepts/definition.md): equal for a page and its translation.</summary>
    public const string TranslationKey = nameof(TranslationKey);
    public const string Kind = nameof(Kind);
    public const string Chapter = nameof(Chapter);
    /// <summary>Site path of the page, ending in '/' (kk/concepts/definition/).</summary>
    public const string UrlPath = nameof(UrlPath);
    public const string Headings = nameof(Headings);

    /// <summary>A page's search sections, counted while it renders (<see cref="Search.SearchDocument"/>).</summary>
    public const string SearchSections = nameof(SearchSections);

    public const string Words = nameof(Words);
    public const string GlossaryUsed = nameof(GlossaryUsed);
    public const string Objectives = "objectives";
    public const string KeyTerms = "keyTerms";
    public const string Takeaways = "takeaways";
    public const string SourceHash = "sourceHash";
    public const string TranslationState = nameof(TranslationState);
    public const string Quiz = nameof(Quiz);
    public const string Glossary = nameof(Glossary);
}
