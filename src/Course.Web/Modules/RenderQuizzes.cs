using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>Placeholder until the quiz feature lands: quiz pages and the overview exist, so navigation never dangles.</summary>
public sealed class RenderQuizzes : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        UiStrings strings = context.Services.Get<UiStrings>();
        var pages = context.Inputs.Where(d => d.Has(CourseKeys.Kind) && d.Get<PageKind>(CourseKeys.Kind) == PageKind.Quiz)
            .Select(d => d.WithContent(string.Empty).WithMetadata(Keys.Title, strings.Get(d.GetString(CourseKeys.Lang), "chapter.quiz")))
            .ToList();
        foreach (string lang in settings.Languages)
        {
            pages.Add(Document.Create(null, lang + "/quizzes", string.Empty)
                .WithDestination(lang + "/quizzes/index.html")
                .WithMetadata(
                [
                    new(CourseKeys.Lang, lang),
                    new(CourseKeys.TranslationKey, "quizzes"),
                    new(CourseKeys.Kind, PageKind.Quizzes),
                    new(CourseKeys.UrlPath, lang + "/quizzes/"),
                    new(Keys.Title, strings.Get(lang, "quizzes.title")),
                    new(Keys.Description, strings.Get(lang, "quizzes.description")),
                ]));
        }

        return Task.FromResult(pages.ToImmutableArray());
    }
}
