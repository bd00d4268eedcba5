using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Layouts;
using Course.Web.Lms;
using Course.Web.Markdown;
using Course.Web.Outline;
using Course.Web.Progress;
using Course.Web.Quizzes;
using Course.Web.Site;
using Scriban.Runtime;

namespace Course.Web.Modules;

/// <summary>
/// The page an LMS launches (kk/lms/): it talks to the LMS once per session and shows the course in a
/// frame, so moving between the course's pages never ends the session. It carries the language's pages
/// with their sections and the quizzes with their questions (Content's and Quizzes' Process outputs).
/// </summary>
public sealed class RenderLmsLaunch : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        UiStrings strings = context.Services.Get<UiStrings>();
        CourseOutline outline = context.Services.Get<OutlineProvider>().Get(context);
        var rendered = context.Outputs.FromPipeline(nameof(Pipelines.Content)).ToDictionary(d => d.GetString(CourseKeys.UrlPath), StringComparer.Ordinal);
        var quizzes = context.Outputs.FromPipeline(nameof(Pipelines.Quizzes)).Where(d => d.Get<QuizBank>(CourseKeys.Quiz) is not null)
            .ToDictionary(d => d.GetString(CourseKeys.UrlPath), StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Document>();
        foreach (string lang in settings.Languages)
        {
            LanguageOutline language = outline.For(lang);
            string urlPath = LmsPaths.LaunchUrlPath(lang);
            var pages = language.ReadingOrder
                .Where(p => p.Kind is PageKind.Chapter or PageKind.Section or PageKind.Page or PageKind.Fallback)
                .Select(p => new LmsPage(p.UrlPath, rendered.TryGetValue(p.UrlPath, out Document? page)
                    ? ReadingMap.SectionIds(page.Get<IReadOnlyList<HeadingInfo>>(CourseKeys.Headings) ?? [])
                    : [ReadingMap.WholePage]))
                .ToList();
            var banks = language.ReadingOrder.Where(p => p.Kind == PageKind.Quiz && quizzes.ContainsKey(p.UrlPath))
                .Select(p => new LmsQuiz(lang + "/" + p.Chapter, p.UrlPath, [.. quizzes[p.UrlPath].Get<QuizBank>(CourseKeys.Quiz)!.Questions.Select(q => q.Id)]))
                .ToList();
            var data = new LmsLaunchData(lang, language.Home.UrlPath, settings.PassMark, pages, banks);
            var model = new ScriptObject
            {
                ["lang"] = lang,
                ["course_id"] = settings.Id,
                ["title"] = settings.TitleFor(lang),
                ["assets"] = SitePaths.Relative(urlPath, "assets/", false),
                ["root"] = SitePaths.Relative(urlPath, string.Empty, false),
                ["start_href"] = SitePaths.Relative(urlPath, language.Home.UrlPath, settings.UseIndexHtml),
                ["data"] = data.ToJson(),
                ["open_text"] = strings.Get(lang, "lms.open"),
            };
            result.Add(Document.Create(null, urlPath + "index.html", context.Services.Get<LayoutTemplates>().Render("lms", model))
                .WithDestination(SitePaths.DestinationFor(urlPath)));
        }

        return Task.FromResult(result.ToImmutable());
    }
}
