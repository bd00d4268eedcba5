using Course.Core.Diagnostics;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Quizzes;

/// <summary>
/// #13.5 in a real build: a question copied into a second chapter's bank (case and spaces changed) is a
/// warning at the copy that names the first question's place; the build still succeeds.
/// </summary>
public sealed class QuizDuplicateStemBuildTests
{
    [Fact]
    public async Task A_stem_copied_into_another_chapters_bank_is_a_warning_at_the_copy()
    {
        using var course = new TempFolder();
        TempFolder.Copy(Repo.Input, course.Path);
        string concepts = File.ReadAllText(course.Combine("kk", "concepts", "quiz.yml"));
        string stem = concepts.Split('\n').First(line => line.StartsWith("    question: ", StringComparison.Ordinal))["    question: ".Length..].Trim('"');
        string offender = course.Combine("kk", "offender", "quiz.yml");
        string bank = File.ReadAllText(offender).TrimEnd('\n');
        int line = bank.Split('\n').Length + 1;
        File.WriteAllText(offender, bank + "\n" + $"""
              - id: copied-stem
                type: truefalse
                question: "  {stem.ToUpperInvariant().Replace(" ", "   ", StringComparison.Ordinal)}"
                section: offender/portrait
                explanation: Көшірме.
                answer: true

            """);

        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(course.Path, Repo.Theme));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Diagnostic warning = Assert.Single(result.Diagnostics, d => d.ToString().Contains("asks the same as", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        string text = warning.ToString();
        Assert.Contains($"kk/offender/quiz.yml:{line}:5: warning: question 'copied-stem' asks the same as question '", text, StringComparison.Ordinal);
        Assert.Contains("kk/concepts/quiz.yml:3:5", text, StringComparison.Ordinal);
    }
}
