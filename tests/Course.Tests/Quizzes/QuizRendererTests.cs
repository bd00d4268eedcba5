using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Course.Tests.Support;
using Course.Web.Quizzes;
using Course.Web.Quizzes.Rendering;

namespace Course.Tests.Quizzes;

public sealed class QuizRendererTests
{
    private static readonly QuizBank Bank = QuizSectionValidatorTests.Bank(QuizYaml.AllTypes);

    [Fact]
    public void Every_question_is_a_fieldset_with_its_question_as_legend()
    {
        IDocument page = Render();

        IElement[] questions = [.. page.QuerySelectorAll("ol.quiz-questions > li[data-quiz-question]")];
        Assert.Equal(6, questions.Length);
        Assert.All(questions, question => Assert.Single(question.QuerySelectorAll("fieldset")));
        IElement legend = questions[0].QuerySelector("fieldset > legend")!;
        Assert.Same(legend, questions[0].QuerySelector("fieldset")!.FirstElementChild);
        Assert.Equal("Будапешт конвенциясы <strong>қашан</strong> қабылданды?", legend.InnerHtml);
        Assert.Equal(["single", "multiple", "truefalse", "text", "matching", "ordering"], questions.Select(q => q.GetAttribute("data-type")));
        Assert.Equal(["q-budapest-year", "q-threat-kinds"], questions.Take(2).Select(q => q.Id));
        Assert.Equal("quiz-1-0", questions[0].QuerySelector("input[value='0']")!.Id);
    }

    [Fact]
    public void Each_type_gets_its_native_controls()
    {
        IElement[] questions = Questions(Render());

        Assert.Equal(["radio", "radio", "radio"], Inputs(questions[0]).Select(i => i.GetAttribute("type")));
        Assert.Single(Inputs(questions[0]).Select(i => i.GetAttribute("name")).Distinct());
        Assert.Equal(["checkbox", "checkbox", "checkbox"], Inputs(questions[1]).Select(i => i.GetAttribute("type")));
        Assert.Equal(["true", "false"], Inputs(questions[2]).Select(i => i.GetAttribute("value")));
        Assert.Equal(["radio", "radio"], Inputs(questions[2]).Select(i => i.GetAttribute("type")));
        Assert.Equal("text", Assert.Single(Inputs(questions[3])).GetAttribute("type"));
        Assert.Equal([true, true, false, false, false, true], questions.Select(q => q.QuerySelector("[data-quiz-shuffle]") is not null));

        IElement[] matching = [.. questions[4].QuerySelectorAll("fieldset select")];
        Assert.Equal(["0", "1", "2"], matching.Select(s => s.GetAttribute("data-left")));
        Assert.All(matching, select => Assert.Equal(
            ["Таңдаңыз…", "Компьютерлік алаяқтық", "Компьютерлік вирус", "Рұқсатсыз кіру"],
            select.QuerySelectorAll("option").Select(o => o.TextContent).Order(StringComparer.Ordinal).Prepend("Таңдаңыз…").Distinct()));

        IElement[] ordering = [.. questions[5].QuerySelectorAll("fieldset select")];
        Assert.Equal(3, ordering.Length);
        Assert.All(ordering, select => Assert.Equal(["", "1", "2", "3"], select.QuerySelectorAll("option").Select(o => o.GetAttribute("value"))));
    }

    [Fact]
    public void Every_control_has_a_label_and_a_unique_id()
    {
        IDocument page = Render();

        IElement[] controls = [.. page.QuerySelectorAll("input, select")];
        Assert.Equal(3 + 3 + 2 + 1 + 3 + 3, controls.Length);
        Assert.Equal(controls.Length, controls.Select(c => c.Id).Distinct().Count());
        Assert.All(controls, control =>
        {
            IElement label = Assert.Single(page.QuerySelectorAll($"label[for='{control.Id}']"));
            Assert.False(string.IsNullOrWhiteSpace(label.TextContent));
        });
    }

    [Fact]
    public void Without_javascript_each_question_shows_answer_explanation_and_section_in_details()
    {
        IElement[] questions = Questions(Render());

        Assert.All(questions, question =>
        {
            IElement details = question.QuerySelector("details[data-quiz-answer]")!;
            Assert.Null(details.GetAttribute("open"));
            Assert.Equal("Жауабын көрсету", details.QuerySelector("summary")!.TextContent);
            Assert.NotNull(details.QuerySelector("[data-quiz-key]"));
            Assert.NotNull(details.QuerySelector("[data-quiz-explanation]"));
        });
        IElement first = questions[0].QuerySelector("details")!;
        Assert.Equal("2001 жылы", first.QuerySelector("[data-quiz-key] p:not(.quiz-key-label)")!.TextContent);
        Assert.Equal("Бұл – ТМД модельдік кодексі қабылданған жыл.", first.QuerySelector("[data-option='1'] .quiz-note-text")!.TextContent);
        Assert.Equal("Конвенция 2001 жылы қабылданды.", first.QuerySelector("[data-quiz-explanation]")!.TextContent);
        IElement link = first.QuerySelector("[data-quiz-read] a")!;
        Assert.Equal("../threats/", link.GetAttribute("href"));
        Assert.Equal("Толығырақ: Қауіптер", link.TextContent);
        Assert.Equal("../threats/#kinds", questions[1].QuerySelector("[data-quiz-read] a")!.GetAttribute("href"));
        Assert.Equal("Жалған", questions[2].QuerySelector("[data-quiz-key] p:not(.quiz-key-label)")!.TextContent);
        Assert.Equal(["бірінші", "екінші", "үшінші"], questions[5].QuerySelectorAll("[data-quiz-key] ol li").Select(li => li.TextContent));
        Assert.Equal("QDV — Компьютерлік вирус", questions[4].QuerySelectorAll("[data-quiz-key] li")[1].TextContent);
    }

    [Fact]
    public void The_answer_key_is_in_data_attributes()
    {
        IElement[] questions = Questions(Render());

        string[] keys = [.. questions.Select(q => q.GetAttribute("data-answer")!)];
        Assert.Equal(["[0]", "[0,1]", "false", "[\"Швеция\",\"Швецияда\"]", "[0,1,2]", "[0,1,2]"], keys);
        Assert.All(keys, key => JsonDocument.Parse(key).Dispose());
        IElement right = questions[0].QuerySelector("input[value='0']")!;
        Assert.Equal("2001 жылы", questions[0].QuerySelector($"label[for='{right.Id}']")!.TextContent);
    }

    [Fact]
    public void Html_order_is_shuffled_deterministically_and_never_the_written_order()
    {
        string first = QuizRenderer.Render(Bank, "kk/concepts", Resolve, ThemeStrings.Read("kk", "quiz"));
        string second = QuizRenderer.Render(Bank, "kk/concepts", Resolve, ThemeStrings.Read("kk", "quiz"));
        IElement[] questions = Questions(Parse(first));

        Assert.Equal(first, second);
        Assert.NotEqual(["0", "1", "2"], Inputs(questions[0]).Select(i => i.GetAttribute("value")));
        Assert.NotEqual(["0", "1", "2"], questions[4].QuerySelector("select")!.QuerySelectorAll("option").Skip(1).Select(o => o.GetAttribute("value")));
        Assert.NotEqual(["0", "1", "2"], questions[5].QuerySelectorAll("select").Select(s => s.GetAttribute("data-item")));
    }

    [Fact]
    public void Script_controls_start_hidden_and_the_status_region_is_live()
    {
        IDocument page = Render();

        IElement quiz = page.QuerySelector("[data-quiz]")!;
        Assert.Equal("kk/concepts", quiz.GetAttribute("data-quiz"));
        Assert.Equal("Дұрыс!", quiz.GetAttribute("data-msg-correct"));
        Assert.All(page.QuerySelectorAll("[data-quiz-controls], [data-quiz-actions], [data-quiz-result], [data-quiz-progress], [data-quiz-feedback]"),
            element => Assert.True(element.HasAttribute("hidden")));
        Assert.Equal(6, page.QuerySelectorAll("button[data-quiz-check]").Length);
        IElement status = page.QuerySelector("[data-quiz-status]")!;
        Assert.Equal(("status", "polite"), (status.GetAttribute("role"), status.GetAttribute("aria-live")));
        Assert.Equal("Тексеру", page.QuerySelector("[data-quiz-check]")!.TextContent);
    }

    [Fact]
    public void No_inline_script_style_or_handler_and_author_html_is_escaped()
    {
        QuizBank bank = Bank with { Questions = [Bank.Questions[2] with { Text = "<script>alert(1)</script> *иә*", Explanation = "<b onclick=\"x\">y</b>" }] };

        IDocument page = Parse(QuizRenderer.Render(bank, "kk/concepts", Resolve, ThemeStrings.Read("kk", "quiz")));

        Assert.Empty(page.QuerySelectorAll("script, style, b"));
        Assert.DoesNotContain(page.All, element => element.HasAttribute("style") || element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <em>иә</em>", page.QuerySelector("legend")!.InnerHtml);
    }

    [Fact]
    public void An_unresolved_section_leaves_the_link_out_and_missing_strings_show_their_key()
    {
        IDocument page = Parse(QuizRenderer.Render(Bank, "kk/concepts", _ => null, new Dictionary<string, string>()));

        Assert.Empty(page.QuerySelectorAll("[data-quiz-read]"));
        Assert.Equal("[check]", page.QuerySelector("[data-quiz-check]")!.TextContent);
    }

    internal static QuizSectionLink? Resolve(string page) => page switch
    {
        "concepts/threats" => new QuizSectionLink("../threats/", "Қауіптер"),
        _ => new QuizSectionLink("../../" + page + "/", page),
    };

    private static IDocument Render() => Parse(QuizRenderer.Render(Bank, "kk/concepts", Resolve, ThemeStrings.Read("kk", "quiz")));

    internal static IDocument Parse(string fragment) => new HtmlParser().ParseDocument("<!doctype html><html lang=\"kk\"><body>" + fragment + "</body></html>");

    private static IElement[] Questions(IDocument page) => [.. page.QuerySelectorAll("[data-quiz-question]")];

    private static IElement[] Inputs(IElement question) => [.. question.QuerySelectorAll("fieldset input")];
}
