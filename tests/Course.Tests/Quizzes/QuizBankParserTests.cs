using Course.Core.Diagnostics;
using Course.Web.Quizzes;
using Course.Web.Quizzes.Kinds;
using Course.Web.Quizzes.Parsing;
using static Course.Tests.Quizzes.QuizYaml;

namespace Course.Tests.Quizzes;

public sealed class QuizBankParserTests
{
    private const string File = "kk/concepts/quiz.yml";

    [Fact]
    public void Parses_every_question_type_with_its_answer()
    {
        QuizParseResult result = QuizBankParser.Parse(File, AllTypes);

        Assert.Empty(result.Diagnostics);
        QuizBank bank = Assert.IsType<QuizBank>(result.Bank);
        Assert.Equal("Өзін-өзі тексеру", bank.Title);
        Assert.Equal(File, bank.SourcePath);
        Assert.Equal(["single", "multiple", "truefalse", "text", "matching", "ordering"], bank.Questions.Select(q => q.Kind.Name));
        Assert.Equal(QuizKinds.All, bank.Questions.Select(q => q.Kind));

        QuizQuestion single = bank.Questions[0];
        Assert.Equal("budapest-year", single.Id);
        Assert.Equal("Будапешт конвенциясы **қашан** қабылданды?", single.Text);
        Assert.Equal(new SourcePosition(3, 5), single.Position);
        Assert.Equal(new QuizSectionReference("concepts/threats", null, new SourcePosition(6, 14)), single.Section);
        Assert.Equal([true, false, false], single.Options.Select(o => o.IsCorrect));
        Assert.Equal("Бұл – ТМД модельдік кодексі қабылданған жыл.", single.Options[1].Feedback);
        Assert.Equal(new SourcePosition(11, 9), single.Options[1].Position);

        Assert.Equal("kinds", bank.Questions[1].Section.Anchor);
        Assert.Equal("concepts/threats", bank.Questions[1].Section.Page);
        Assert.False(bank.Questions[2].Answer);
        Assert.Equal(["Швеция", "Швецияда"], bank.Questions[3].Answers);
        Assert.Equal(["QA", "QDV", "QF"], bank.Questions[4].Pairs.Select(p => p.Left));
        Assert.Equal("Компьютерлік вирус", bank.Questions[4].Pairs[1].Right);
        Assert.Equal(["бірінші", "екінші", "үшінші"], bank.Questions[5].Items);
    }

    [Fact]
    public void Broken_yaml_is_reported_where_the_parser_stopped()
    {
        Diagnostic d = Only(Lines(
            "questions:",
            "  - id: q1",
            "    question: Что такое: фишинг?"));

        AssertError(d, 3, 24, "the YAML cannot be read");
        Assert.Contains("double quotes", d.Fix);
        Assert.StartsWith($"{File}:3:24: error: ", d.ToString());
    }

    [Fact]
    public void An_unclosed_list_says_so_once()
    {
        Diagnostic d = Only(Lines("title: [unclosed", "questions: []"));

        Assert.Equal(File, d.File);
        Assert.Equal("the YAML cannot be read: an unclosed '[', '{' or quote?", d.Message);
    }

    [Fact]
    public void A_repeated_key_is_broken_yaml()
    {
        AssertError(Only(Lines("questions:", "  - id: q1", "    id: q2")), 3, 5, "Duplicate key");
    }

    [Fact]
    public void Unknown_type_lists_the_six_types_and_the_closest()
    {
        Diagnostic d = Only(Question("type: singel", Options("{ text: A, correct: true }", "{ text: B }")));

        AssertError(d, 3, 11, "unknown question type 'singel' in question 'q1'");
        Assert.Equal("use one of: single, multiple, truefalse, text, matching, ordering (did you mean 'single'?)", d.Fix);
    }

    [Fact]
    public void Level_is_optional_and_read_when_given()
    {
        QuizParseResult withLevel = QuizBankParser.Parse(File, Question("type: truefalse", "answer: true", "level: Application"));
        QuizParseResult without = QuizBankParser.Parse(File, Question("type: truefalse", "answer: true"));

        Assert.Empty(withLevel.Diagnostics.Concat(without.Diagnostics));
        Assert.Equal(QuizQuestionLevel.Application, Assert.Single(withLevel.Bank!.Questions).Level);
        Assert.Null(Assert.Single(without.Bank!.Questions).Level);
    }

    [Fact]
    public void Unknown_level_is_an_error_at_the_value_with_the_closest_level()
    {
        Diagnostic d = Only(Question("type: truefalse", "answer: true", "level: recal"));

        AssertError(d, 8, 12, "unknown level 'recal' in question 'q1'");
        Assert.Equal("use one of: recall, application, or leave it out (did you mean 'recall'?)", d.Fix);
        Assert.StartsWith($"{File}:8:12: error: ", d.ToString());
    }

    [Fact]
    public void Single_choice_with_two_right_options_is_an_error()
    {
        Diagnostic d = Only(Question("type: single", Options("{ text: A, correct: true }", "{ text: B, correct: true }")));

        AssertError(d, 7, 5, "single-choice question 'q1' has 2 right options; it needs exactly one");
        Assert.Contains("type: multiple", d.Fix);
    }

    [Fact]
    public void Single_choice_without_a_right_option_is_an_error()
    {
        AssertError(Only(Question("type: single", Options("{ text: A }", "{ text: B }"))),
            7, 5, "single-choice question 'q1' has no right option; it needs exactly one");
    }

    [Fact]
    public void Multiple_choice_without_a_right_option_is_an_error()
    {
        AssertError(Only(Question("type: multiple", Options("{ text: A }", "{ text: B, correct: false }"))),
            7, 5, "multiple-choice question 'q1' has no right option; it needs at least one");
    }

    [Fact]
    public void A_choice_question_needs_two_options()
    {
        AssertError(Only(Question("type: single", Options("{ text: A, correct: true }"))),
            7, 5, "question 'q1' has 1 option(s); a choice question needs at least two");
    }

    [Fact]
    public void An_option_must_be_a_mapping_and_correct_must_be_boolean()
    {
        IReadOnlyList<Diagnostic> diagnostics = Parse(Question("type: single", Options("A", "{ text: B, correct: yes }")));

        Assert.Collection(diagnostics,
            d => AssertError(d, 8, 9, "option 1 of question 'q1' must be a mapping with 'text:'"),
            d => AssertError(d, 9, 29, "'correct' of option 2 of question 'q1' must be true or false"));
    }

    [Fact]
    public void Two_options_with_the_same_text_are_an_error()
    {
        AssertError(Only(Question("type: multiple", Options("{ text: A, correct: true }", "{ text: B }", "{ text: A }"))),
            10, 9, "question 'q1' has two options with the same text 'A'");
    }

    [Fact]
    public void Matching_pair_without_a_side_makes_unequal_lists()
    {
        Diagnostic d = Only(Question("type: matching", "pairs:", "  - { left: QA, right: Кіру }", "  - { left: QDV }"));

        AssertError(d, 9, 9, "pair 2 of question 'q1' has no 'right', so the two lists are unequal");
        Assert.Contains("left: …, right: …", d.Fix);
    }

    [Fact]
    public void Matching_needs_two_pairs()
    {
        AssertError(Only(Question("type: matching", "pairs:", "  - { left: QA, right: Кіру }")),
            7, 5, "matching question 'q1' has 1 pair(s); it needs at least two");
    }

    [Fact]
    public void Matching_with_a_repeated_right_item_is_ambiguous()
    {
        AssertError(Only(Question("type: matching", "pairs:", "  - { left: QA, right: Кіру }", "  - { left: QB, right: Кіру }")),
            9, 9, "question 'q1' has the right item 'Кіру' twice");
    }

    [Fact]
    public void Ordering_needs_two_items()
    {
        AssertError(Only(Question("type: ordering", "items: [бірінші]")),
            7, 5, "ordering question 'q1' has 1 item(s); it needs at least two");
    }

    [Fact]
    public void Ordering_with_a_repeated_item_is_ambiguous()
    {
        AssertError(Only(Question("type: ordering", "items: [бірінші, екінші, бірінші]")),
            7, 30, "question 'q1' has the item 'бірінші' twice");
    }

    [Fact]
    public void Duplicate_id_points_at_the_second_id()
    {
        string yaml = Question("type: truefalse", "answer: true") + Lines(
            "  - id: q1",
            "    type: truefalse",
            "    question: Тағы?",
            "    section: concepts/threats",
            "    explanation: Иә.",
            "    answer: false");

        Diagnostic d = Only(yaml);

        AssertError(d, 8, 9, "duplicate id 'q1': the question at line 2 already uses it");
    }

    [Theory]
    [InlineData("id", "question 1 has no 'id'")]
    [InlineData("question", "question 'q1' has no 'question'")]
    [InlineData("section", "question 'q1' has no 'section'")]
    [InlineData("explanation", "question 'q1' has no 'explanation'")]
    [InlineData("type", "question 'q1' has no 'type'")]
    public void A_missing_required_key_points_at_the_question(string key, string message)
    {
        string yaml = string.Join("\n", Question("type: truefalse", "answer: true").Split('\n')
            .Where(line => !line.TrimStart(' ', '-').StartsWith(key + ":", StringComparison.Ordinal)));
        if (key == "id")
        {
            yaml = yaml.Replace("questions:\n", "questions:\n  - ", StringComparison.Ordinal).Replace("  -     type", "  - type", StringComparison.Ordinal);
        }

        AssertError(Only(yaml), 2, 5, message);
    }

    [Fact]
    public void An_empty_required_value_counts_as_missing()
    {
        AssertError(Only(Question("type: truefalse", "answer: true").Replace("explanation: Себебі.", "explanation:", StringComparison.Ordinal)),
            2, 5, "question 'q1' has no 'explanation'");
    }

    [Fact]
    public void True_false_without_an_answer_is_an_error()
    {
        AssertError(Only(Question("type: truefalse")), 2, 5, "true/false question 'q1' has no 'answer'");
    }

    [Fact]
    public void True_false_answer_must_be_a_boolean()
    {
        Diagnostic d = Only(Question("type: truefalse", "answer: yes"));

        AssertError(d, 7, 13, "'answer' of true/false question 'q1' must be true or false, not 'yes'");
        Assert.Contains("answer: false", d.Fix);
    }

    [Fact]
    public void Text_without_answers_is_an_error()
    {
        AssertError(Only(Question("type: text")), 2, 5, "question 'q1' has no 'answers'");
        AssertError(Only(Question("type: text", "answers: []")), 7, 5, "text question 'q1' has an empty 'answers' list");
    }

    [Fact]
    public void A_single_text_answer_is_accepted()
    {
        QuizParseResult result = QuizBankParser.Parse(File, Question("type: text", "answers: Швеция"));

        Assert.Equal(["Швеция"], Assert.IsType<QuizBank>(result.Bank).Questions[0].Answers);
    }

    [Fact]
    public void Text_answers_that_fold_to_the_same_are_a_warning()
    {
        QuizParseResult result = QuizBankParser.Parse(File, Question("type: text", "answers: [Қылмыскер, кылмыскер!]"));

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal((7, 26), (d.Line, d.Column));
        Assert.Contains("answers 'Қылмыскер' and 'кылмыскер!' of question 'q1' are the same", d.Message);
        Assert.NotNull(result.Bank);
    }

    [Fact]
    public void A_text_answer_without_letters_cannot_match()
    {
        AssertError(Only(Question("type: text", "answers: [Швеция, '?!']")), 7, 23, "answer '?!' of question 'q1' has no letters or digits");
    }

    [Fact]
    public void Unknown_keys_are_warnings_with_a_suggestion()
    {
        string yaml = Question("type: truefalse", "answer: true", "explanaton: Қате жазылған.").Replace("title", "titel", StringComparison.Ordinal);

        QuizParseResult result = QuizBankParser.Parse(File, "titel: Тест\n" + yaml);

        Assert.NotNull(result.Bank);
        Assert.Collection(result.Diagnostics,
            d => AssertWarning(d, 1, 1, "unknown key 'titel' in the quiz bank is ignored (did you mean 'title'?)"),
            d => AssertWarning(d, 9, 5, "unknown key 'explanaton' in question 'q1' is ignored (did you mean 'explanation'?)"));
    }

    [Fact]
    public void A_key_of_another_type_is_a_warning()
    {
        Diagnostic d = Assert.Single(QuizBankParser.Parse(File, Question("type: truefalse", "answer: true", "options: []")).Diagnostics);

        AssertWarning(d, 8, 5, "'options' is not used by a truefalse question (question 'q1') and is ignored");
    }

    [Fact]
    public void Unknown_option_key_is_a_warning()
    {
        Diagnostic d = Assert.Single(QuizBankParser.Parse(File, Question("type: single", Options("{ text: A, corect: true }", "{ text: B, correct: true }"))).Diagnostics);

        AssertWarning(d, 8, 20, "unknown key 'corect' in option 1 of question 'q1' is ignored (did you mean 'correct'?)");
    }

    [Fact]
    public void A_comma_inside_braces_that_cuts_a_text_is_an_error()
    {
        Diagnostic d = Only(Question("type: single", Options("{ text: A, correct: true }", "{ text: B, feedback: Жоқ, бұл қате. }")));

        AssertError(d, 9, 35, "'бұл қате.' in option 2 of question 'q1' looks like the end of a text cut off at a comma");
        Assert.Contains("double quotes", d.Fix);
    }

    [Fact]
    public void Id_must_be_ascii()
    {
        AssertError(Only(Question("type: truefalse", "answer: true").Replace("id: q1", "id: сұрақ-1", StringComparison.Ordinal)),
            2, 9, "id 'сұрақ-1' of question 1 may only hold ASCII letters, digits, '-' and '_'");
    }

    [Theory]
    [InlineData("threats")]
    [InlineData("concepts/threats.md")]
    [InlineData("concepts/threats#")]
    public void Section_must_be_chapter_slash_section(string section)
    {
        AssertError(Only(Question("type: truefalse", "answer: true").Replace("concepts/threats", section, StringComparison.Ordinal)),
            5, 14, $"section '{section}' of question 'q1' is not in the form '<chapter>/<section>'");
    }

    [Fact]
    public void Bank_level_problems_are_reported()
    {
        AssertError(Only(""), 1, 1, "the quiz bank is empty");
        AssertError(Only("- id: q1\n"), 1, 1, "a quiz bank must be a mapping with a 'questions:' list");
        AssertError(Only("title: Тест\nquestions: []\n"), 2, 1, "the quiz bank has no questions");
        AssertError(Only("title: Тест\n"), 1, 1, "the quiz bank has no 'questions'");
        AssertError(Only("questions:\n  - just text\n"), 2, 5, "question 1 must be a mapping");
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        string yaml = Question("type: single", Options("{ text: A }", "{ text: B }")) + Lines(
            "  - id: q2",
            "    type: sorting",
            "    question: Q?",
            "    section: concepts/threats");

        IReadOnlyList<Diagnostic> diagnostics = Parse(yaml);

        Assert.Equal([(7, 5), (11, 11), (10, 5)], diagnostics.Select(d => (d.Line, d.Column)));
    }

    /// <summary>A bank with one question 'q1'; the question's mapping starts at 2:5 and its 6th key is on line 7.</summary>
    private static string Question(string typeLine, params string[] rest) =>
        Lines([
            "questions:",
            "  - id: q1",
            "    " + typeLine,
            "    question: Сұрақ?",
            "    section: concepts/threats",
            "    explanation: Себебі.",
            .. rest.Select(line => "    " + line),
        ]);

    private static string[] Options(params string[] options) => ["options:", .. options.Select(o => "  - " + o)];

    private static IReadOnlyList<Diagnostic> Parse(string yaml)
    {
        QuizParseResult result = QuizBankParser.Parse(File, yaml);
        Assert.Equal(result.HasErrors, result.Bank is null);
        return result.Diagnostics;
    }

    private static Diagnostic Only(string yaml) => Assert.Single(Parse(yaml));

    private static void AssertError(Diagnostic d, int line, int column, string message) =>
        AssertAt(d, DiagnosticSeverity.Error, line, column, message);

    private static void AssertWarning(Diagnostic d, int line, int column, string message) =>
        AssertAt(d, DiagnosticSeverity.Warning, line, column, message);

    private static void AssertAt(Diagnostic d, DiagnosticSeverity severity, int line, int column, string message)
    {
        Assert.Equal(File, d.File);
        Assert.Equal((severity, line, column), (d.Severity, d.Line, d.Column));
        Assert.Contains(message, d.Message);
        Assert.False(string.IsNullOrWhiteSpace(d.Fix));
    }
}
