using Course.Core.Diagnostics;
using Course.Tests.Support;
using Course.Web.Glossary;
using static Course.Tests.Glossary.GlossarySamples;

namespace Course.Tests.Glossary;

public sealed class GlossaryParserTests
{
    private const string File = "input/kk/glossary.md";

    private static GlossaryParseResult Parse(string body, int offset = 0) => GlossaryParser.Parse(File, body, offset, "kk");

    private static Diagnostic SingleError(GlossaryParseResult result) => Assert.Single(result.Diagnostics, d => d.IsError);

    [Fact]
    public void Reads_terms_abbreviations_aliases_and_multiline_definitions()
    {
        GlossaryParseResult result = Parse(Body(
            "Фишинг {#phishing .term}",
            ": Әлеуметтік инженерия тәсілдерімен",
            "  құпия деректерді алу.",
            "",
            "«К» бөлімі {#k-department .term aliases=\"«К» басқармасы; К бөлімі\"}",
            ": Ішкі істер органдарының бөлімі.",
            "",
            "ҚК {#criminal-code .abbr}",
            ": Қылмыстық кодекс."));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["phishing", "k-department", "criminal-code"], result.Entries.Select(e => e.Id));
        GlossaryEntry phishing = result.Entries[0];
        Assert.Equal("Фишинг", phishing.Term);
        Assert.Equal("kk", phishing.Lang);
        Assert.Equal(GlossaryEntryKind.Term, phishing.Kind);
        Assert.Equal("Әлеуметтік инженерия тәсілдерімен\nқұпия деректерді алу.", phishing.DefinitionMarkdown);
        Assert.Equal((1, 1), (phishing.Line, phishing.Column));
        Assert.Equal(["«К» басқармасы", "К бөлімі"], result.Entries[1].Aliases);
        Assert.Equal((5, 1), (result.Entries[1].Line, result.Entries[1].Column));
        Assert.Equal(GlossaryEntryKind.Abbreviation, result.Entries[2].Kind);
        Assert.Equal("Қылмыстық кодекс.", result.Entries[2].DefinitionMarkdown);
    }

    [Fact]
    public void Reads_discouraged_variants_separately_from_aliases()
    {
        GlossaryParseResult result = Parse(Body(
            "ХЭО {#itu .abbr aliases=\"Халықаралық электрбайланыс одағы\" avoid=\"ХЭБ; Халықаралық электр байланысы одағы\"}",
            ": Халықаралық электрбайланыс одағы."));

        Assert.Empty(result.Diagnostics);
        GlossaryEntry entry = Assert.Single(result.Entries);
        Assert.Equal(["Халықаралық электрбайланыс одағы"], entry.Aliases);
        Assert.Equal(["ХЭБ", "Халықаралық электр байланысы одағы"], entry.Avoid);
        Assert.DoesNotContain("ХЭБ", entry.Names);
    }

    [Fact]
    public void A_discouraged_variant_that_is_another_entrys_term_is_an_error()
    {
        Diagnostic error = SingleError(Parse(Body(
            "Хакер {#hacker .term}", ": Бірінші.", "",
            "Крекер {#cracker .term avoid=\"хакер\"}", ": Екінші.")));

        Assert.Equal((4, 31), (error.Line, error.Column));
        Assert.Contains("already a term, alias or avoided variant of 'Хакер'", error.Message);
    }

    [Fact]
    public void Positions_count_the_front_matter_lines_before_the_body()
    {
        GlossaryParseResult result = Parse(Body("Фишинг {.term}", ": Анықтама."), offset: 4);

        Diagnostic error = SingleError(result);
        Assert.Equal((File, 5, 8), (error.File, error.Line, error.Column));
    }

    [Theory]
    [InlineData("Фишинг", 1, 7, "no id and no kind")]
    [InlineData("Фишинг {.term}", 1, 8, "has no id")]
    [InlineData("Фишинг {#phishing}", 1, 8, "has no kind")]
    [InlineData("Фишинг {#Фишинг .term}", 1, 10, "characters an id may not have")]
    [InlineData("Фишинг {#Phishing_Attack .term}", 1, 10, "characters an id may not have")]
    [InlineData("Фишинг {#phishing .word}", 1, 19, "Unknown kind '.word'")]
    [InlineData("Фишинг {#phishing .term .abbr}", 1, 25, "two kinds")]
    [InlineData("Фишинг {#phishing .term alias=\"x\"}", 1, 25, "Unknown attribute 'alias'")]
    [InlineData("Фишинг {#phishing .term aliases=\"x}", 1, 33, "no closing quote")]
    [InlineData("Фишинг {#phishing .term", 1, 8, "not closed")]
    [InlineData("{#phishing .term}", 1, 1, "term is missing")]
    public void Reports_a_malformed_term_line_at_its_line_and_column(string termLine, int line, int column, string message)
    {
        Diagnostic error = SingleError(Parse(Body(termLine, ": Анықтама.")));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public void Suggests_an_ascii_id_for_a_bad_one()
    {
        Diagnostic error = SingleError(Parse(Body("Фишинг {#Phishing_Attack .term}", ": Анықтама.")));

        Assert.Contains("#phishing-attack", error.Fix);
    }

    [Fact]
    public void Reports_a_duplicate_id_at_the_second_id_and_keeps_the_first_entry()
    {
        GlossaryParseResult result = Parse(Body(
            "Фишинг {#phishing .term}", ": Бірінші.", "",
            "Вишинг {#phishing .term}", ": Екінші."));

        Diagnostic error = SingleError(result);
        Assert.Equal((4, 9), (error.Line, error.Column));
        Assert.Contains("line 1", error.Message);
        Assert.Equal("Фишинг", Assert.Single(result.Entries).Term);
    }

    [Fact]
    public void Reports_a_duplicate_term_ignoring_case()
    {
        Diagnostic error = SingleError(Parse(Body(
            "Фишинг {#phishing .term}", ": Бірінші.", "",
            "ФИШИНГ {#phishing-2 .term}", ": Екінші.")));

        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.Contains("already a term, alias or avoided variant of 'Фишинг'", error.Message);
    }

    [Fact]
    public void Reports_an_alias_that_repeats_another_entrys_alias_or_term()
    {
        GlossaryParseResult result = Parse(Body(
            "Хакер {#hacker .term aliases=\"бұзғыш; крекер\"}", ": Бірінші.", "",
            "Крекинг {#cracking .term aliases=\"Хакер; Крекер\"}", ": Екінші."));

        Assert.Equal([(4, 35), (4, 42)], result.Diagnostics.Select(d => (d.Line, d.Column)));
        Assert.All(result.Diagnostics, d => Assert.True(d.IsError));
    }

    [Fact]
    public void Reports_an_alias_that_repeats_its_own_term()
    {
        Diagnostic error = SingleError(Parse(Body("Хакер {#hacker .term aliases=\"хакер\"}", ": Анықтама.")));

        Assert.Equal((1, 31), (error.Line, error.Column));
        Assert.Contains("listed twice", error.Message);
    }

    [Fact]
    public void Reports_an_empty_definition_at_the_colon()
    {
        Diagnostic error = SingleError(Parse(Body("Фишинг {#phishing .term}", ":", "", "Вишинг {#vishing .term}", ": Анықтама.")));

        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Reports_a_term_line_without_a_definition()
    {
        GlossaryParseResult result = Parse(Body("Вишинг {#vishing .term}", ": Анықтама.", "", "Фишинг {#phishing .term}", "Әлеуметтік инженерия."));

        Diagnostic error = SingleError(result);
        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.Contains("has no definition", error.Message);
        Assert.Single(result.Entries);
    }

    [Fact]
    public void Reports_two_term_lines_sharing_one_definition()
    {
        Diagnostic error = SingleError(Parse(Body("Фишинг {#phishing .term}", "Вишинг {#vishing .term}", ": Анықтама.")));

        Assert.Equal((2, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Joins_a_second_definition_of_a_term_as_a_new_paragraph()
    {
        GlossaryParseResult result = Parse(Body("Фишинг {#phishing .term}", ": Бірінші мағына.", ": Екінші мағына."));

        Assert.Equal("Бірінші мағына.\n\nЕкінші мағына.", Assert.Single(result.Entries).DefinitionMarkdown);
    }

    [Fact]
    public void Keeps_indented_paragraphs_and_lists_inside_a_definition()
    {
        GlossaryParseResult result = Parse(Body(
            "Фишинг {#phishing .term}", ": Бірінші абзац.", "", "    Екінші абзац:", "", "    - бір", "    - екі"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Бірінші абзац.\n\nЕкінші абзац:\n\n- бір\n- екі", result.Entries[0].DefinitionMarkdown);
    }

    [Fact]
    public void Keeps_the_text_before_the_first_term_and_warns_about_text_between_definitions()
    {
        GlossaryParseResult result = Parse(Body(
            "Бұл бөлімде негізгі ұғымдар берілген.", "",
            "Фишинг {#phishing .term}", ": Анықтама.", "",
            "Адасқан мәтін."));

        Assert.Equal("Бұл бөлімде негізгі ұғымдар берілген.", result.IntroMarkdown);
        Diagnostic warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal((6, 1), (warning.Line, warning.Column));
    }

    [Fact]
    public void Reads_windows_line_endings()
    {
        GlossaryParseResult result = Parse("Фишинг {#phishing .term}\r\n: Бір\r\n  екі.\r\n\r\nҚК {.abbr}\r\n: Кодекс.\r\n");

        Assert.Equal("Бір\nекі.", result.Entries[0].DefinitionMarkdown);
        Assert.Equal((5, 4), (SingleError(result).Line, SingleError(result).Column));
    }

    [Fact]
    public void The_example_in_the_documentation_parses_without_problems()
    {
        string docs = Repo.ReadText("docs", "glossary.md");
        int start = docs.IndexOf("```markdown\n", StringComparison.Ordinal) + "```markdown\n".Length;
        string example = docs[start..docs.IndexOf("\n```", start, StringComparison.Ordinal)];
        string[] lines = example.Split('\n');
        int bodyStart = Array.LastIndexOf(lines, "---") + 1;

        GlossaryParseResult result = Parse(string.Join("\n", lines[bodyStart..]), bodyStart);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["phishing", "k-department", "criminal-code"], result.Entries.Select(e => e.Id));
        Assert.Contains("\n\nЕкінші абзац", result.Entries[1].DefinitionMarkdown);
        Assert.StartsWith("Бұл бөлімде", result.IntroMarkdown);
    }
}
