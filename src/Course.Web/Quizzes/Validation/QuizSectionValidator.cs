using Course.Core.Diagnostics;

namespace Course.Web.Quizzes.Validation;

/// <summary>
/// Checks that every question's <c>section</c> names an existing section page. The pipeline knows the
/// pages, so it passes <c>sectionExists</c> (asked with <c>&lt;chapter&gt;/&lt;section&gt;</c>, no anchor) and,
/// for "did you mean" hints, the list of known sections.
/// </summary>
public static class QuizSectionValidator
{
    public static IReadOnlyList<Diagnostic> Validate(
        QuizBank bank,
        Func<string, bool> sectionExists,
        IReadOnlyCollection<string>? knownSections = null)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (QuizQuestion question in bank.Questions)
        {
            QuizSectionReference section = question.Section;
            if (sectionExists(section.Page))
            {
                continue;
            }

            diagnostics.Add(Diagnostic.Error(bank.SourcePath, section.Position.Line, section.Position.Column,
                $"section '{section.Page}' does not exist", Fix(section.Page, knownSections ?? [])));
        }

        return diagnostics;
    }

    private static string Fix(string page, IReadOnlyCollection<string> knownSections)
    {
        const string Form = "`section:` is the chapter folder and the section's file name without '.md'";
        List<string> matches = Suggestions(page, knownSections);
        return matches.Count == 0
            ? $"point it at an existing section page; {Form}, e.g. `concepts/threats`"
            : $"did you mean {string.Join(" or ", matches.Select(m => $"'{m}'"))}? {Form}";
    }

    /// <summary>Near spellings first, then pages of the same name in another chapter.</summary>
    private static List<string> Suggestions(string page, IReadOnlyCollection<string> knownSections)
    {
        string name = page[(page.LastIndexOf('/') + 1)..];
        IEnumerable<string> sameName = knownSections
            .Where(known => known.EndsWith("/" + name, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return CloseMatches.Find(page, knownSections).Concat(sameName).Distinct(StringComparer.Ordinal).Take(3).ToList();
    }
}
