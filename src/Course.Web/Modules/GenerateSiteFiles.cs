using System.Collections.Immutable;
using System.Security;
using System.Text;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Layouts;
using Course.Web.Outline;
using Course.Web.Print;
using Course.Web.Site;
using Scriban.Runtime;

namespace Course.Web.Modules;

/// <summary>
/// Writes the root language chooser (links work without JavaScript; a script follows the remembered
/// choice or the browser's languages), a 404 page per language, sitemap.xml with hreflang alternates, and robots.txt.
/// </summary>
public sealed class GenerateSiteFiles : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        UiStrings strings = context.Services.Get<UiStrings>();
        CourseOutline outline = context.Services.Get<OutlineProvider>().Get(context);
        LayoutTemplates templates = context.Services.Get<LayoutTemplates>();
        var documents = ImmutableArray.CreateBuilder<Document>();
        var root = new ScriptObject
        {
            ["default_lang"] = settings.DefaultLanguage,
            ["course_id"] = settings.Id,
            ["index_html"] = settings.UseIndexHtml,
            ["title"] = string.Join(" · ", settings.Languages.Select(settings.TitleFor)),
            ["languages"] = settings.Languages.Select(l => new ScriptObject
            {
                ["lang"] = l,
                ["title"] = settings.TitleFor(l),
                ["name"] = strings.Get(l, "lang.name"),
                ["continue"] = strings.Get(l, "root.continue"),
                ["href"] = settings.UseIndexHtml ? l + "/index.html" : l + "/",
            }).ToList(),
        };
        documents.Add(Generated("index.html", templates.Render("root", root)));
        var factory = new PageModelFactory(settings, strings, context.Services.Get<ThemeAssets>(), outline, GlossaryLookup.Of(context).Href);
        foreach (string lang in settings.Languages)
        {
            Document notFound = Document.Create(null, lang + "/404.html", $"<p>{SecurityElement.Escape(strings.Get(lang, "notfound.text"))}</p>")
                .WithMetadata(
                [
                    new(CourseKeys.Lang, lang),
                    new(CourseKeys.TranslationKey, "404"),
                    new(CourseKeys.Kind, PageKind.NotFound),
                    new(CourseKeys.UrlPath, lang + "/404.html"),
                    new(Keys.Title, strings.Get(lang, "notfound.title")),
                    new(Keys.Description, strings.Get(lang, "notfound.title")),
                ]);
            documents.Add(Generated(lang + "/404.html", RenderLayout.Render(templates, "page", factory.Create(notFound))));
        }

        documents.Add(Generated("404.html", RenderLayout.Render(templates, "page", factory.Create(
            Document.Create(null, "404.html", $"<p>{SecurityElement.Escape(strings.Get(settings.DefaultLanguage, "notfound.text"))}</p>").WithMetadata(
            [
                new(CourseKeys.Lang, settings.DefaultLanguage),
                new(CourseKeys.TranslationKey, "404"),
                new(CourseKeys.Kind, PageKind.NotFound),
                new(CourseKeys.UrlPath, "404.html"),
                new(Keys.Title, strings.Get(settings.DefaultLanguage, "notfound.title")),
            ])))));
        documents.Add(Generated("sitemap.xml", Sitemap(settings, outline)));
        documents.Add(Generated("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {settings.AbsoluteUrl("sitemap.xml")}\n"));
        return Task.FromResult(documents.ToImmutable());
    }

    private static Document Generated(string destination, string content) =>
        Document.Create(null, destination, content).WithDestination(destination);

    private static string Sitemap(CourseSettings settings, CourseOutline outline)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (LanguageOutline language in outline.All)
        {
            IEnumerable<OutlinePage> pages = language.ReadingOrder.Where(p => p.Kind != PageKind.Fallback).Append(language.Quizzes).Concat(language.Decks);
            foreach (OutlinePage page in pages)
            {
                AppendUrl(xml, settings, page.UrlPath, outline.All
                    .Select(other => (other.Lang, Twin: other.Find(page.Key)))
                    .Where(t => t.Twin is { Kind: not PageKind.Fallback })
                    .Select(t => (t.Lang, t.Twin!.UrlPath)));
            }

            // The print edition is outside the outline (it is not navigated to page by page); every language has one.
            AppendUrl(xml, settings, PrintDownloads.PrintUrlPath(language.Lang), outline.All.Select(other => (other.Lang, PrintDownloads.PrintUrlPath(other.Lang))));
        }

        xml.Append("</urlset>\n");
        return xml.ToString();
    }

    private static void AppendUrl(StringBuilder xml, CourseSettings settings, string urlPath, IEnumerable<(string Lang, string UrlPath)> twins)
    {
        xml.Append("  <url>\n    <loc>").Append(SecurityElement.Escape(settings.AbsoluteUrl(urlPath))).Append("</loc>\n");
        foreach ((string lang, string twin) in twins)
        {
            xml.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(lang).Append("\" href=\"")
                .Append(SecurityElement.Escape(settings.AbsoluteUrl(twin))).Append("\"/>\n");
        }

        xml.Append("  </url>\n");
    }
}
