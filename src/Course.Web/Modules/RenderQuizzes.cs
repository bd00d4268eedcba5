using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Caching;
using Course.Web.Outline;
using Course.Web.Quizzes;
using Course.Web.Quizzes.Parsing;
using Course.Web.Quizzes.Rendering;
using Course.Web.Quizzes.Validation;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>
/// Reads every chapter's quiz bank, checks it (its structure, the sections it points to, the
/// translation's ids), and renders the quiz pages and each language's overview of all quizzes.
/// </summary>
public sealed class RenderQuizzes : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        UiStrings strings = context.Services.Get<UiStrings>();
        CourseOutline outline = context.Services.Get<OutlineProvider>().Get(context);
        ImmutableArray<Document> inputs = context.Inputs;
        PreviewCache? cache = context.Services.TryGet<PreviewCache>(); // preview: a bank whose text did not change is not parsed again
        var pagePaths = inputs.Where(d => d.Has(CourseKeys.Kind)).Select(d => d.RelativePath).ToHashSet(StringComparer.Ordinal);
        var banks = new Dictionary<string, (Document Page, QuizBank Bank)>(StringComparer.Ordinal);
        var pages = new List<Document>();
        foreach (Document quiz in inputs.Where(d => d.Get<PageKind>(CourseKeys.Kind) == PageKind.Quiz))
        {
            string lang = quiz.GetString(CourseKeys.Lang);
            string display = quiz.GetString(Keys.DisplayPath, quiz.RelativePath);
            QuizParseResult parsed = cache is null
                ? ParseGuarded(display, quiz.Content)
                : cache.QuizBank(display, quiz.Content, () => ParseGuarded(display, quiz.Content));
            context.Diagnostics.AddRange(parsed.Diagnostics);
            if (parsed.Bank is not { } bank)
            {
                continue;
            }

            List<string> known = pagePaths.Where(p => p.StartsWith(lang + "/", StringComparison.Ordinal) && p.Count(c => c == '/') == 2 && !p.EndsWith("/index.md", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal))
                .Select(p => p[(lang.Length + 1)..^3]).ToList();
            // a section not yet translated still exists here, as its fallback notice page
            context.Diagnostics.AddRange(QuizSectionValidator.Validate(bank, section => outline.For(lang).Find(section + ".md") is not null || outline.For(lang).Find(section + "/index.md") is not null, known));
            banks[quiz.RelativePath] = (quiz, bank);
            string urlPath = quiz.GetString(CourseKeys.UrlPath);
            LanguageOutline language = outline.For(lang);
            string quizId = lang + "/" + quiz.GetString(CourseKeys.Chapter);
            string html = QuizRenderer.Render(bank, quizId, section =>
            {
                OutlinePage? target = language.Find(section + ".md") ?? language.Find(section + "/index.md");
                return target is null ? null : new QuizSectionLink(SitePaths.Relative(urlPath, target.UrlPath, settings.UseIndexHtml), target.Title);
            }, strings.For(lang), settings.PassMark);
            string chapterTitle = language.Entries.FirstOrDefault(e => e.Chapter?.Slug == quiz.GetString(CourseKeys.Chapter))?.Page.Title ?? string.Empty;
            pages.Add(quiz.WithContent(html).WithMetadata(
            [
                new(Keys.Title, bank.Title ?? $"{strings.Get(lang, "chapter.quiz")}: {chapterTitle}"),
                new(Keys.Description, $"{strings.Get(lang, "chapter.quiz")}: {chapterTitle}"),
                new(CourseKeys.Quiz, bank),
            ]));
        }

        CompareTranslations(settings, banks, context);
        foreach (string lang in settings.Languages)
        {
            context.Diagnostics.AddRange(QuizDuplicateStemValidator.Validate(
                banks.Values.Where(b => b.Page.GetString(CourseKeys.Lang) == lang).Select(b => b.Bank)));
        }

        pages.AddRange(settings.Languages.Select(lang => Overview(lang, pages, settings, strings, outline)));
        return Task.FromResult(pages.ToImmutableArray());
    }

    // A bank the parser did not expect is reported against its file, and the other banks are still checked.
    private static QuizParseResult ParseGuarded(string display, string text)
    {
        try
        {
            return QuizBankParser.Parse(display, text);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or IOException))
        {
            return new QuizParseResult(null, [Diagnostic.Unexpected(display, exception)]);
        }
    }

    private static void CompareTranslations(CourseSettings settings, Dictionary<string, (Document Page, QuizBank Bank)> banks, IExecutionContext context)
    {
        foreach ((string path, (Document page, QuizBank bank)) in banks.Where(b => b.Key.StartsWith(settings.SourceLanguage + "/", StringComparison.Ordinal)))
        {
            foreach (string lang in settings.Languages.Skip(1))
            {
                if (banks.TryGetValue(lang + path[settings.SourceLanguage.Length..], out var translation))
                {
                    context.Diagnostics.AddRange(QuizTranslationValidator.Compare(bank, translation.Bank));
                }
            }
        }
    }

    private static QuizOverviewEntry Entry(string quizId, string title, string url, QuizBank bank) =>
        new(quizId, title, url, bank.Questions.Count,
            bank.Questions.Count(q => q.Level == QuizQuestionLevel.Recall),
            bank.Questions.Count(q => q.Level == QuizQuestionLevel.Application));

    private static Document Overview(string lang, List<Document> quizzes, CourseSettings settings, UiStrings strings, CourseOutline outline)
    {
        string urlPath = lang + "/quizzes/";
        var entries = quizzes.Where(q => q.GetString(CourseKeys.Lang) == lang)
            .OrderBy(q => outline.For(lang).PositionOf(q.GetString(CourseKeys.TranslationKey)))
            .Select(q => Entry(lang + "/" + q.GetString(CourseKeys.Chapter), q.GetString(Keys.Title), SitePaths.Relative(urlPath, q.GetString(CourseKeys.UrlPath), settings.UseIndexHtml), q.Get<QuizBank>(CourseKeys.Quiz)!))
            .ToList();
        return Document.Create(null, lang + "/quizzes", QuizOverviewRenderer.Render(entries, strings.For(lang)))
            .WithDestination(urlPath + "index.html")
            .WithMetadata(
            [
                new(CourseKeys.Lang, lang),
                new(CourseKeys.TranslationKey, CourseOutline.QuizzesKey),
                new(CourseKeys.Kind, PageKind.Quizzes),
                new(CourseKeys.UrlPath, urlPath),
                new(Keys.Title, strings.Get(lang, "quizzes.title")),
                new(Keys.Description, strings.Get(lang, "quizzes.description")),
            ]);
    }
}
