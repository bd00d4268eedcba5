using AngleSharp.Dom;
using Course.Tests.Support;
using Course.Web.Quizzes.Rendering;

namespace Course.Tests.Quizzes;

public sealed class QuizOverviewRendererTests
{
    [Fact]
    public void Lists_each_quiz_with_link_size_and_a_best_score_cell_for_the_script()
    {
        QuizOverviewEntry[] entries =
        [
            new("ru/concepts", "Понятие киберпреступности", "concepts/quiz/", 12),
            new("ru/offender", "Личность преступника", "offender/quiz/", 8, RecallCount: 5, ApplicationCount: 2),
        ];

        IDocument page = QuizRendererTests.Parse(QuizOverviewRenderer.Render(entries, ThemeStrings.Read("ru", "quiz")));

        Assert.Equal(["Тест", "Вопросов", "Лучший результат", "Попытки"], page.QuerySelectorAll("thead th[scope='col']").Select(th => th.TextContent));
        IElement[] rows = [.. page.QuerySelectorAll("tbody tr")];
        Assert.Equal(2, rows.Length);
        IElement link = rows[0].QuerySelector("th[scope='row'] a")!;
        Assert.Equal(("concepts/quiz/", "Понятие киберпреступности"), (link.GetAttribute("href"), link.TextContent));
        Assert.Equal("12", rows[0].QuerySelectorAll("td")[0].TextContent);
        Assert.Equal("8 (на воспроизведение: 5, на применение: 2)", rows[1].QuerySelectorAll("td")[0].TextContent);
        IElement best = rows[1].QuerySelector("td[data-quiz-best]")!;
        Assert.Equal(("ru/offender", "ещё не пройден"), (best.GetAttribute("data-quiz-best"), best.TextContent));
        Assert.Equal("ru/offender", rows[1].QuerySelector("td[data-quiz-history]")!.GetAttribute("data-quiz-history"));
        IElement overview = page.QuerySelector("[data-quiz-overview]")!;
        Assert.Equal("{score} из {total}", overview.GetAttribute("data-msg-best-short"));
        Assert.True(page.QuerySelector("[data-quiz-reset-all-wrap]")!.HasAttribute("hidden"));
        Assert.Equal("status", page.QuerySelector("[data-quiz-status]")!.GetAttribute("role"));
    }

    [Fact]
    public void No_quizzes_gives_a_message_instead_of_an_empty_table()
    {
        IDocument page = QuizRendererTests.Parse(QuizOverviewRenderer.Render([], ThemeStrings.Read("kk", "quiz")));

        Assert.Null(page.QuerySelector("table"));
        Assert.Equal("Әзірге тест жоқ.", page.QuerySelector("p")!.TextContent);
    }
}
