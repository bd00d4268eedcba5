using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Web.Site;

namespace Course.Web.Outline;

/// <summary>
/// The course's structure in every language, built once per build from the input pages. A page
/// missing in a language is still there, as a fallback notice page, so the language switch never
/// leads to a 404.
/// </summary>
public sealed class CourseOutline
{
    public const string QuizzesKey = "quizzes";

    /// <summary>The whole course's flashcard deck; a chapter's is <c>&lt;chapter&gt;/flashcards</c>.</summary>
    public const string FlashcardsKey = "flashcards";

    private readonly ImmutableDictionary<string, LanguageOutline> languages;

    private CourseOutline(ImmutableDictionary<string, LanguageOutline> languages) => this.languages = languages;

    public LanguageOutline For(string lang) => languages[lang];

    public IEnumerable<LanguageOutline> All => languages.Values.OrderBy(l => l.Lang, StringComparer.Ordinal);

    public static CourseOutline From(IEnumerable<Document> inputs, CourseSettings settings, UiStrings strings)
    {
        List<Document> pages = inputs.Where(d => d.Has(CourseKeys.Kind)).ToList();
        var byKey = pages.GroupBy(d => d.GetString(CourseKeys.TranslationKey), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var result = ImmutableDictionary.CreateBuilder<string, LanguageOutline>(StringComparer.Ordinal);
        foreach (string lang in settings.Languages)
        {
            var all = new List<OutlinePage>();
            foreach ((string key, List<Document> twins) in byKey.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                Document? own = twins.FirstOrDefault(d => d.GetString(CourseKeys.Lang) == lang);
                Document model = own ?? twins.OrderBy(d => settings.Languages.IndexOf(d.GetString(CourseKeys.Lang))).First();
                PageKind kind = model.Get<PageKind>(CourseKeys.Kind);
                string title = kind == PageKind.Quiz ? strings.Get(lang, "chapter.quiz") : model.GetString(Keys.Title);
                all.Add(new OutlinePage(
                    lang,
                    key,
                    own is null && kind != PageKind.Quiz ? PageKind.Fallback : kind,
                    model.GetString(CourseKeys.Chapter),
                    lang + "/" + SitePaths.UrlPathFor(key),
                    title,
                    int.TryParse(model.GetString(Keys.Order, "0"), out int order) ? order : 0));
            }

            result[lang] = Build(lang, all, settings, strings);
        }

        return new CourseOutline(result.ToImmutable());
    }

    private static LanguageOutline Build(string lang, List<OutlinePage> all, CourseSettings settings, UiStrings strings)
    {
        OutlinePage home = all.FirstOrDefault(p => p.Key == "index.md")
            ?? new OutlinePage(lang, "index.md", PageKind.Home, string.Empty, lang + "/", settings.TitleFor(lang), 0);
        var quizzes = new OutlinePage(lang, QuizzesKey, PageKind.Quizzes, string.Empty, lang + "/quizzes/", strings.Get(lang, "quizzes.title"), 0);
        var topSlugs = all.Where(p => p.Key != "index.md")
            .Select(p => p.Key.Contains('/') ? p.Key[..p.Key.IndexOf('/')] : p.Key[..^".md".Length])
            .Distinct(StringComparer.Ordinal)
            .OrderBy(s => settings.Nav.IndexOf(s) is int i && i >= 0 ? i : int.MaxValue)
            .ThenBy(s => s, StringComparer.Ordinal)
            .ToList();
        var entries = new List<NavEntry>();
        var reading = new List<OutlinePage> { home };
        foreach (string slug in topSlugs)
        {
            OutlinePage? overview = all.FirstOrDefault(p => p.Key == slug + "/index.md");
            if (overview is null)
            {
                OutlinePage? single = all.FirstOrDefault(p => p.Key == slug + ".md");
                if (single is not null)
                {
                    entries.Add(new NavEntry(single, null));
                    reading.Add(single);
                }

                continue;
            }

            List<OutlinePage> sections = all.Where(p => p.Chapter == slug && p.Kind is PageKind.Section or PageKind.Fallback && p.Key != overview.Key && !p.Key.EndsWith(".yml", StringComparison.Ordinal))
                .OrderBy(p => p.Order).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
            OutlinePage? quiz = all.FirstOrDefault(p => p.Key == slug + "/quiz.yml");
            entries.Add(new NavEntry(overview, new OutlineChapter(slug, overview, sections, quiz)));
            reading.Add(overview);
            reading.AddRange(sections);
            if (quiz is not null)
            {
                reading.Add(quiz);
            }
        }

        // decks are made from the language's own glossary: without one they would be empty and every link to them dangle
        if (!all.Any(p => p.Kind == PageKind.Glossary))
        {
            return new LanguageOutline(lang, home, entries, reading, quizzes);
        }

        string cards = strings.Get(lang, "flashcards.chapter-title");
        List<OutlinePage> decks = [.. entries.Where(e => e.Chapter is not null).Select(e => new OutlinePage(lang, e.Chapter!.Slug + "/" + FlashcardsKey, PageKind.Flashcards,
            e.Chapter.Slug, $"{lang}/{e.Chapter.Slug}/{FlashcardsKey}/", cards.Replace("{chapter}", e.Page.Title, StringComparison.Ordinal), 0))];
        decks.Add(new OutlinePage(lang, FlashcardsKey, PageKind.Flashcards, string.Empty, $"{lang}/{FlashcardsKey}/", strings.Get(lang, "flashcards.course-title"), 0));
        return new LanguageOutline(lang, home, entries, reading, quizzes) { Decks = decks };
    }
}
