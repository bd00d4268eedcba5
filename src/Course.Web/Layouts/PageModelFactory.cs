using System.Collections.Concurrent;
using Course.Core.Documents;
using Course.Web.Markdown;
using Course.Web.Outline;
using Course.Web.Print;
using Course.Web.Site;
using Scriban.Runtime;

namespace Course.Web.Layouts;

/// <summary>
/// Builds what a layout sees for one page: navigation with the current page marked, breadcrumbs,
/// table of contents, previous/next, language switch and alternates, chapter blocks, UI strings.
/// Every link is relative to the page (404 pages, served at any URL, link from the site's base path).
/// </summary>
public sealed class PageModelFactory(CourseSettings settings, UiStrings strings, ThemeAssets assets, CourseOutline outline, Func<string, string, string?> glossaryHref)
{
    /// <summary>The PDFs of the print editions, linked with their size when <c>course pdf</c> made them.</summary>
    public PrintDownloads Downloads { get; init; } = PrintDownloads.None;

    /// <summary>A build for an LMS package: every page loads the LMS adapter (scorm.js) right after the store.</summary>
    public bool Lms { get; init; }

    public ScriptObject Create(Document page)
    {
        string lang = page.GetString(CourseKeys.Lang);
        string key = page.GetString(CourseKeys.TranslationKey);
        PageKind kind = page.Get<PageKind>(CourseKeys.Kind);
        if (kind == PageKind.None)
        {
            // a generator bug, not an author's: the module that made the page did not say what it is
            throw new InvalidOperationException($"The page '{page.RelativePath}' has no page kind ({CourseKeys.Kind}): the module that made it must set one; a layout cannot tell a home page from a section without it.");
        }

        string urlPath = page.GetString(CourseKeys.UrlPath);
        LanguageOutline language = outline.For(lang);
        Func<string, string> href = kind == PageKind.NotFound
            ? target => settings.BasePath + target + (settings.UseIndexHtml && (target.Length == 0 || target.EndsWith('/')) ? "index.html" : string.Empty)
            : target => SitePaths.Relative(urlPath, target, settings.UseIndexHtml);
        string root = kind == PageKind.NotFound ? settings.BasePath : SitePaths.Relative(urlPath, string.Empty, false);
        string title = page.GetString(Keys.Title);
        int words = page.Get<int>(CourseKeys.Words);
        OutlinePage? current = language.Find(key);
        var model = new ScriptObject
        {
            ["lang"] = lang,
            ["course_id"] = settings.Id,
            ["page_path"] = urlPath,
            ["offline"] = settings.Offline,
            ["kind"] = kind.ToString().ToLowerInvariant(),
            ["title"] = title,
            // a fallback page shows the other language's title: marked so it is not read as this language
            ["title_lang"] = kind == PageKind.Fallback ? page.Get<ScriptObject>(CourseKeys.TranslationState)?["lang"] : null,
            ["site_title"] = settings.TitleFor(lang),
            ["page_title"] = kind == PageKind.Home ? settings.TitleFor(lang) : $"{title} – {settings.TitleFor(lang)}",
            ["description"] = page.GetString(Keys.Description, settings.TitleFor(lang)),
            ["root"] = root,
            ["assets"] = root + "assets/",
            ["home_url"] = href(language.Home.UrlPath),
            ["quizzes_url"] = href(language.Quizzes.UrlPath),
            ["t"] = Strings(lang),
            ["content"] = page.Content,
            ["words"] = words,
            ["reading_minutes"] = WordCounter.Minutes(words),
            ["toc"] = Toc(page.Get<IReadOnlyList<HeadingInfo>>(CourseKeys.Headings) ?? []),
            ["toc_count"] = page.Get<IReadOnlyList<HeadingInfo>>(CourseKeys.Headings)?.Count ?? 0,
            ["chapters"] = kind == PageKind.Home ? Chapters(lang, language, href) : new List<ScriptObject>(),
            ["start_href"] = language.ReadingOrder.FirstOrDefault(p => p.Key != language.Home.Key) is { } first ? href(first.UrlPath) : href(language.Home.UrlPath),
            ["nav"] = Nav(language, key, href),
            ["breadcrumbs"] = Breadcrumbs(language, current, kind, href),
            ["alternates"] = Alternates(key, href),
            ["switch"] = Switch(lang, key, kind, href),
            ["objectives"] = List(page, CourseKeys.Objectives),
            ["takeaways"] = List(page, CourseKeys.Takeaways),
            ["key_terms"] = List(page, CourseKeys.KeyTerms).Select(term => new ScriptObject { ["text"] = term, ["href"] = glossaryHref(lang, term) is { } target ? href(target) : null }).ToList(),
            ["sections"] = kind == PageKind.Chapter ? ChapterOf(language, page.GetString(CourseKeys.Chapter))?.Sections.Select(s => Link(s, href)).ToList() ?? [] : new List<ScriptObject>(),
            ["flashcards_href"] = kind == PageKind.Chapter && language.Find(page.GetString(CourseKeys.Chapter) + "/" + CourseOutline.FlashcardsKey) is { } deck ? href(deck.UrlPath) : null,
            ["quiz_href"] = kind == PageKind.Chapter && ChapterOf(language, page.GetString(CourseKeys.Chapter))?.Quiz is { } quiz ? href(quiz.UrlPath) : null,
            ["notice"] = page.Get<ScriptObject>(CourseKeys.TranslationState),
            ["end_html"] = page.GetString(PageModelKeys.EndHtml),
            ["styles"] = assets.StylesFor(root, lang, kind, Lms),
            ["index_html"] = settings.UseIndexHtml,
            ["search_attributes"] = searchAttributes.GetOrAdd(lang, l => Search.SearchStrings.FormAttributes(Languages.CourseLanguages.Get(l), strings.For(l)).Select(a => ReadOnly(new ScriptObject { ["key"] = a.Key, ["value"] = a.Value })).ToList()),
            ["scripts"] = assets.ScriptsFor(root, lang, kind, Lms),
            ["print_href"] = href(PrintDownloads.PrintUrlPath(lang)),
        };
        if (Downloads.TryGetPdf(lang, out _, out long pdfBytes))
        {
            model["pdf_href"] = href(PrintDownloads.SitePath(lang));
            model["pdf_size"] = PrintDownloads.Megabytes(pdfBytes, lang) + " " + strings.Get(lang, "print.megabytes");
        }
        (OutlinePage? previous, OutlinePage? next) = Neighbours(language, current);
        model["prev"] = previous is null ? null : Link(previous, href);
        model["next"] = next is null ? null : Link(next, href);
        return model;
    }

    private readonly Dictionary<string, ScriptObject> stringObjects = new(StringComparer.Ordinal);

    // The same for every page of a language: built once per build and shared read-only (the search form is then rendered once per language and folder depth).
    private readonly ConcurrentDictionary<string, List<ScriptObject>> searchAttributes = new(StringComparer.Ordinal);

    /// <summary>The UI strings of a language as one shared, read-only object (built once per build and language).</summary>
    public ScriptObject Strings(string lang)
    {
        lock (stringObjects)
        {
            if (!stringObjects.TryGetValue(lang, out ScriptObject? t))
            {
                t = new ScriptObject();
                foreach ((string k, string v) in strings.For(lang))
                {
                    t[k] = v;
                }

                t.IsReadOnly = true;
                stringObjects[lang] = t;
            }

            return t;
        }
    }

    /// <summary>"On this page" as a tree: each h3 under the h2 before it, so nested headings are numbered within their parent.</summary>
    private static List<ScriptObject> Toc(IReadOnlyList<HeadingInfo> headings)
    {
        var top = new List<ScriptObject>();
        List<ScriptObject>? children = null;
        foreach (HeadingInfo heading in headings)
        {
            var item = new ScriptObject { ["level"] = heading.Level, ["id"] = heading.Id, ["text"] = heading.Text };
            if (heading.Level > 2 && children is not null)
            {
                children.Add(item);
                continue;
            }

            children = [];
            item["children"] = children;
            top.Add(item);
        }

        return top;
    }

    /// <summary>The home's chapter cards: every chapter with its sections (a complete list without JavaScript) and its quiz id for the best score.</summary>
    private static List<ScriptObject> Chapters(string lang, LanguageOutline language, Func<string, string> href) =>
        language.Entries.Where(e => e.Chapter is not null).Select(e => e.Chapter!).Select(chapter => new ScriptObject
        {
            ["slug"] = chapter.Slug,
            ["title"] = chapter.Overview.Title,
            ["href"] = href(chapter.Overview.UrlPath),
            ["sections"] = chapter.Sections.Select(s => Link(s, href)).ToList(),
            ["quiz_id"] = chapter.Quiz is null ? null : lang + "/" + chapter.Slug,
        }).ToList();

    private static List<string> List(Document page, string key) =>
        [.. page.GetStrings(key)];

    private static ScriptObject Link(OutlinePage page, Func<string, string> href) => new() { ["title"] = page.Title, ["href"] = href(page.UrlPath) };

    private static OutlineChapter? ChapterOf(LanguageOutline language, string slug) =>
        language.Entries.Select(e => e.Chapter).FirstOrDefault(c => c is not null && c.Slug == slug);

    private static List<ScriptObject> Nav(LanguageOutline language, string key, Func<string, string> href) =>
        language.Entries.Select(entry =>
        {
            bool active = entry.Page.Key == key || (entry.Chapter is { } c && (c.Sections.Any(s => s.Key == key) || c.Quiz?.Key == key));
            // only the current chapter lists its sections: keeps every page small however big the course
            var sections = active ? entry.Chapter?.Sections.Select(s => new ScriptObject { ["title"] = s.Title, ["href"] = href(s.UrlPath), ["path"] = s.UrlPath, ["current"] = s.Key == key }).ToList() ?? [] : [];
            if (active && entry.Chapter?.Quiz is { } quiz)
            {
                sections.Add(new ScriptObject { ["title"] = quiz.Title, ["href"] = href(quiz.UrlPath), ["path"] = null, ["current"] = quiz.Key == key });
            }

            return new ScriptObject { ["title"] = entry.Page.Title, ["href"] = href(entry.Page.UrlPath), ["path"] = entry.Page.UrlPath, ["slug"] = entry.Chapter?.Slug, ["current"] = entry.Page.Key == key, ["active"] = active, ["sections"] = sections };
        }).ToList();

    private static ScriptObject ReadOnly(ScriptObject value)
    {
        value.IsReadOnly = true;
        return value;
    }

    private static List<ScriptObject> Breadcrumbs(LanguageOutline language, OutlinePage? current, PageKind kind, Func<string, string> href)
    {
        var crumbs = new List<ScriptObject>();
        if (kind is PageKind.Home)
        {
            return crumbs;
        }

        crumbs.Add(Link(language.Home, href));
        if (current is { Chapter.Length: > 0 } && ChapterOf(language, current.Chapter) is { } chapter && chapter.Overview.Key != current.Key)
        {
            crumbs.Add(Link(chapter.Overview, href));
        }

        return crumbs;
    }

    private static (OutlinePage? Previous, OutlinePage? Next) Neighbours(LanguageOutline language, OutlinePage? current)
    {
        int index = current is null ? int.MaxValue : language.PositionOf(current.Key);
        if (index == int.MaxValue)
        {
            return (null, null);
        }

        return (index > 0 ? language.ReadingOrder[index - 1] : null, index + 1 < language.ReadingOrder.Count ? language.ReadingOrder[index + 1] : null);
    }

    private List<ScriptObject> Alternates(string key, Func<string, string> href) =>
        settings.Languages.Select(l => TwinUrl(l, key) is { } twin ? new ScriptObject { ["lang"] = l, ["href"] = href(twin) } : null)
            .Where(x => x is not null).Cast<ScriptObject>().ToList();

    private List<ScriptObject> Switch(string lang, string key, PageKind kind, Func<string, string> href) =>
        settings.Languages.Where(l => l != lang).Select(l =>
        {
            LanguageOutline other = outline.For(l);
            string target = kind == PageKind.NotFound ? other.Home.UrlPath : TwinUrl(l, key) ?? other.Home.UrlPath;
            return new ScriptObject { ["lang"] = l, ["name"] = strings.Get(l, "lang.name"), ["href"] = href(target), ["path"] = target, ["keep_hash"] = kind is PageKind.Glossary or PageKind.Quiz };
        }).ToList();

    /// <summary>The page of <paramref name="lang"/> with this key: a page of the outline, or the print edition, which every language has.</summary>
    private string? TwinUrl(string lang, string key) =>
        key == PrintDownloads.PrintKey ? PrintDownloads.PrintUrlPath(lang) : outline.For(lang).Find(key)?.UrlPath;
}
