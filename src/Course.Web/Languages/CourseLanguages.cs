using System.Diagnostics.CodeAnalysis;

namespace Course.Web.Languages;

/// <summary>The languages a course can be written in. A language not listed here is a build error (course.yml).</summary>
public static class CourseLanguages
{
    public static IReadOnlyList<CourseLanguage> All { get; } = [Kazakh.Instance, Russian.Instance, English.Instance];

    public static IReadOnlyList<string> Codes { get; } = [.. All.Select(l => l.Code)];

    public static bool TryGet(string code, [NotNullWhen(true)] out CourseLanguage? language)
    {
        language = All.FirstOrDefault(l => l.Code == code);
        return language is not null;
    }

    /// <summary>The language with this code; throws for a code the generator does not know (course.yml is checked before).</summary>
    public static CourseLanguage Get(string code) =>
        TryGet(code, out CourseLanguage? language)
            ? language
            : throw new ArgumentOutOfRangeException(nameof(code), code, $"Unknown course language; known: {string.Join(", ", Codes)}.");
}
