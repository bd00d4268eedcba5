using Course.Core.Diagnostics;
using Course.Web.Quizzes;
using Course.Web.Quizzes.Parsing;
using Course.Web.Quizzes.Validation;

namespace Course.Tests.Quizzes;

public sealed class QuizSectionValidatorTests
{
    private static readonly string[] Known =
        ["concepts/threats", "concepts/definition", "foreign-law/history", "foreign-law/international-law", "prevention/investigation"];

    [Fact]
    public void Existing_sections_pass_and_the_anchor_is_not_part_of_the_lookup()
    {
        var asked = new List<string>();
        QuizBank bank = Bank(QuizYaml.AllTypes);

        IReadOnlyList<Diagnostic> diagnostics = QuizSectionValidator.Validate(bank, page => { asked.Add(page); return Known.Contains(page); });

        Assert.Empty(diagnostics);
        Assert.Contains("concepts/threats", asked);
        Assert.DoesNotContain(asked, page => page.Contains('#'));
    }

    [Fact]
    public void A_missing_section_is_reported_at_its_value_with_close_matches()
    {
        QuizBank bank = Bank(QuizYaml.AllTypes.Replace("section: foreign-law/history", "section: foreign-law/histroy", StringComparison.Ordinal));

        Diagnostic d = Assert.Single(QuizSectionValidator.Validate(bank, Known.Contains, Known));

        Assert.Equal("kk/concepts/quiz.yml:32:14: error: section 'foreign-law/histroy' does not exist", d.ToString()[..d.ToString().IndexOf(" Fix:", StringComparison.Ordinal)]);
        Assert.StartsWith("did you mean 'foreign-law/history'?", d.Fix);
    }

    [Fact]
    public void A_section_of_the_same_name_in_another_chapter_is_suggested()
    {
        QuizBank bank = Bank(QuizYaml.AllTypes.Replace("section: prevention/investigation", "section: offender/investigation", StringComparison.Ordinal));

        Diagnostic d = Assert.Single(QuizSectionValidator.Validate(bank, Known.Contains, Known));

        Assert.Equal((47, 14), (d.Line, d.Column));
        Assert.Contains("'prevention/investigation'", d.Fix);
    }

    [Fact]
    public void Without_known_sections_the_fix_explains_the_form()
    {
        QuizBank bank = Bank(QuizYaml.AllTypes);

        IReadOnlyList<Diagnostic> diagnostics = QuizSectionValidator.Validate(bank, _ => false);

        Assert.Equal(6, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Contains("without '.md'", d.Fix));
    }

    internal static QuizBank Bank(string yaml, string path = "kk/concepts/quiz.yml") =>
        QuizBankParser.Parse(path, yaml).Bank ?? throw new InvalidOperationException("the sample bank should parse");
}
