using System.Text.RegularExpressions;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Glossary;
using Course.Web.Glossary.Terminology;
using Course.Web.Languages;
using Course.Web.Site;

namespace Course.Tests.Content;

/// <summary>
/// What a lecturer adopting the course relies on (issue #14): a syllabus and case exercises in every language, and
/// quizzes that ask students to apply what they learned, not only to recall it.
/// </summary>
public partial class CourseStructureTests
{
    private static readonly string[] Languages = ["kk", "ru"];

    public static TheoryData<string, string> Chapters()
    {
        var data = new TheoryData<string, string>();
        foreach (string lang in Languages)
        {
            foreach (string chapter in Directory.EnumerateDirectories(Path.Combine(Repo.Input, "kk")).Where(d => File.Exists(Path.Combine(d, "quiz.yml"))).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal))
            {
                data.Add(lang, chapter);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Chapters))]
    public void EveryChapterHasAtLeastThreeCaseExercisesWithModelAnswersBehindADisclosure(string lang, string chapter)
    {
        string cases = Path.Combine(Repo.Input, lang, chapter, "cases.md");
        Assert.True(File.Exists(cases), $"{lang}/{chapter}/cases.md is missing");
        string text = File.ReadAllText(cases);
        Assert.True(Regex.Count(text, "<details>") >= 3, $"{lang}/{chapter}/cases.md has fewer than three model answers in <details>");
        Assert.Equal(Regex.Count(text, "<details>"), Regex.Count(text, "<summary>"));
    }

    [Theory]
    [MemberData(nameof(Chapters))]
    public void AtLeastAQuarterOfEveryChaptersQuestionsAreApplicationLevel(string lang, string chapter)
    {
        string bank = File.ReadAllText(Path.Combine(Repo.Input, lang, chapter, "quiz.yml"));
        int questions = QuestionStart().Count(bank);
        int application = Regex.Count(bank, @"^\s+level:\s*application\s*$", RegexOptions.Multiline);
        Assert.True(questions > 0);
        Assert.True(application * 4 >= questions, $"{lang}/{chapter}: {application} of {questions} questions are application-level");
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void TheSyllabusHasOutcomesAFifteenWeekPlanAssessmentAndReadingAndIsInTheNavigation(string lang)
    {
        string syllabus = File.ReadAllText(Path.Combine(Repo.Input, lang, "syllabus.md"));
        string[] weeks = [.. Regex.Matches(syllabus, @"^\|\s*(\d{1,2})\s*\|", RegexOptions.Multiline).Select(m => m.Groups[1].Value)];
        Assert.Subset(weeks.ToHashSet(StringComparer.Ordinal), Enumerable.Range(1, 15).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal));
        Assert.Contains("ECTS", syllabus, StringComparison.Ordinal);
        Assert.True(Regex.Count(syllabus, "^## ", RegexOptions.Multiline) >= 4, "outcomes, plan, assessment and reading list");
        Assert.Matches(@"nav:\s*\[[^\]]*\bsyllabus\b", File.ReadAllText(Path.Combine(Repo.Input, "course.yml")));
    }

    [Fact]
    public void NoQuestionStemIsRepeatedAcrossChapters()
    {
        foreach (string lang in Languages)
        {
            var stems = Directory.EnumerateFiles(Path.Combine(Repo.Input, lang), "quiz.yml", SearchOption.AllDirectories)
                .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"^\s+question:\s*(.+)$", RegexOptions.Multiline).Select(m => (File: f, Stem: m.Groups[1].Value.Trim().Trim('"').ToLowerInvariant())))
                .GroupBy(q => q.Stem)
                .Where(g => g.Select(q => q.File).Distinct().Count() > 1)
                .Select(g => g.Key)
                .ToList();
            Assert.Empty(stems);
        }
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void TheCourseSpeaksInItsOwnVoiceWithAtMostFifteenMentionsOfAnAuthorOrADissertationOutsideTheSources(string lang)
    {
        var mentions = Directory.EnumerateFiles(Path.Combine(Repo.Input, lang), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "sources.md")
            .SelectMany(f => AuthorOrDissertation().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(Repo.Input, f)}: {m.Value}"))
            .ToList();
        Assert.True(mentions.Count <= 15, $"{mentions.Count} mentions:\n{string.Join('\n', mentions)}");
    }

    [Fact]
    public void TheKazakhTitleNamesCriminalityAndTheGlossaryDiscouragesCrimeWhereCriminalityIsMeant()
    {
        string course = File.ReadAllText(Path.Combine(Repo.Input, "course.yml"));
        Assert.Matches(@"(?m)^\s+kk:\s*Киберқылмыстылық криминологиясы\s*$", course);
        string glossary = File.ReadAllText(Path.Combine(Repo.Input, "kk", "glossary.md"));
        Assert.Matches(@"\{#crime-causes [^}]*avoid=""[^""]*қылмыстың себептері", glossary);
        Assert.Matches(@"\{#crime-conditions [^}]*avoid=""[^""]*қылмыстың жағдайлары", glossary);
    }

    [Fact]
    public void TheKazakhGlossaryFlagsCrimeWhereCriminalityIsMeantInAnyFormButLeavesACriminalActAlone()
    {
        string text = File.ReadAllText(Path.Combine(Repo.Input, "kk", "glossary.md"));
        int body = text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4;
        GlossaryParseResult glossary = GlossaryParser.Parse("input/kk/glossary.md", text[body..], 0, "kk");
        Assert.True(CourseLanguages.TryGet("kk", out CourseLanguage? kazakh));
        var finder = new DiscouragedTermFinder(glossary.Entries, kazakh.Stemmer);

        var flagged = finder.Find("Қылмыстың себептерін талдаңыз. Киберқылмыстың жағдайларына тоқталыңыз. Қылмыстың детерминанттары.")
            .Select(u => u.Preferred.Id)
            .ToList();

        Assert.Equal(["crime-causes", "crime-conditions", "determinants"], flagged);
        Assert.Empty(finder.Find("Жекелеген қылмыстық әрекеттің себебі – адамның ерік білдіруі. Қылмыстылықтың себептері мен жағдайлары."));
    }

    [Fact]
    public async Task TheCourseBuildsWithoutATerminologyWarningInEitherLanguage()
    {
        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(Repo.Input, Repo.Theme, SkipSearchIndex: true));

        var terminology = result.Diagnostics.Where(d => d.Message.Contains("discouraged variant", StringComparison.Ordinal)).Select(d => d.ToString()).ToList();
        Assert.Empty(terminology);
    }

    [GeneratedRegex(@"^  - id:", RegexOptions.Multiline)]
    private static partial Regex QuestionStart();

    /// <summary>"автор" as a person (not авторлық/авторское право, not авторитет), диссертация, диссертант.</summary>
    [GeneratedRegex(@"\b(?:автор(?!итет|ск|лық|ств)\w*|диссертац\w*|диссертант\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorOrDissertation();
}
