using System.Text.RegularExpressions;
using Course.Core.Diagnostics;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Glossary;

/// <summary>The build warns where a page or a quiz bank uses a variant the glossary lists as avoid="…".</summary>
public sealed partial class TerminologyBuildTests
{
    [Fact]
    public async Task A_discouraged_variant_in_a_page_or_a_quiz_is_a_warning_at_its_position_naming_the_preferred_term()
    {
        using var temp = new TempFolder();
        string input = temp.Combine("input");
        TempFolder.Copy(Repo.Input, input);
        string glossary = Path.Combine(input, "kk", "glossary.md");
        File.WriteAllText(glossary, BudapestAttributes().Replace(File.ReadAllText(glossary), "{#budapest-convention .term avoid=\"Еуропа кибер конвенциясы\"}"));
        string page = Path.Combine(input, "kk", "concepts", "definition.md");
        File.AppendAllText(page, "\nСалыстырыңыз: Еуропа кибер конвенциясының мәтіні.\n");
        int pageLine = File.ReadAllLines(page).Length;
        string quiz = Path.Combine(input, "kk", "concepts", "quiz.yml");
        File.AppendAllText(quiz, "# Еуропа кибер конвенциясы\n");
        int quizLine = File.ReadAllLines(quiz).Length;

        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(input, Repo.Theme, SkipSearchIndex: true));

        var warnings = result.Diagnostics.Where(d => !d.IsError && d.Message.Contains("discouraged variant", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Diagnostic inPage = Assert.Single(warnings, d => d.File.EndsWith("kk/concepts/definition.md", StringComparison.Ordinal));
        Assert.Equal((pageLine, 15), (inPage.Line, inPage.Column));
        Assert.Contains("'Еуропа кибер конвенциясының'", inPage.Message, StringComparison.Ordinal);
        Assert.Contains("Будапешт конвенциясы", inPage.Fix, StringComparison.Ordinal);
        Diagnostic inQuiz = Assert.Single(warnings, d => d.File.EndsWith("kk/concepts/quiz.yml", StringComparison.Ordinal));
        Assert.Equal((quizLine, 3), (inQuiz.Line, inQuiz.Column));
    }

    [GeneratedRegex(@"\{#budapest-convention [^}]*\}")]
    private static partial Regex BudapestAttributes();
}
