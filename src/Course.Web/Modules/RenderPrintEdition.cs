using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Glossary;
using Course.Web.Glossary.Page;
using Course.Web.Layouts;
using Course.Web.Markdown;
using Course.Web.Outline;
using Course.Web.Print;
using Course.Web.Site;
using Markdig;

namespace Course.Web.Modules;

/// <summary>
/// The print edition of each language (kk/print/): the contents, then every chapter with its sections and
/// the other pages in reading order, taken from Content's rendered pages, then the glossary; laid out with
/// the theme. Also copies the language's PDF into the site when <c>course pdf</c> has made one.
/// </summary>
public sealed class RenderPrintEdition(IMarkdownSetup definitions) : IModule
{
    // Stands for the book in the rendered layout; no template or text writes control characters.
    private const string BookMarker = "\u0001course-print-book\u0001";

    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        UiStrings strings = context.Services.Get<UiStrings>();
        CourseOutline outline = context.Services.Get<OutlineProvider>().Get(context);
        PrintDownloads downloads = context.Services.Get<PrintDownloads>();
        var rendered = context.Outputs.FromPipeline(nameof(Pipelines.Content))
            .ToDictionary(d => d.GetString(CourseKeys.UrlPath), StringComparer.Ordinal);
        var glossaries = context.Outputs.FromPipeline(nameof(Pipelines.Glossary))
            .Where(d => d.Get<GlossaryFile>(CourseKeys.Glossary) is not null)
            .ToDictionary(d => d.GetString(CourseKeys.Lang), StringComparer.Ordinal);
        var factory = new PageModelFactory(settings, strings, context.Services.Get<ThemeAssets>(), outline, GlossaryLookup.Of(context).Href) { Downloads = downloads };
        var result = ImmutableArray.CreateBuilder<Document>();
        foreach (string lang in settings.Languages)
        {
            LanguageOutline language = outline.For(lang);
            string urlPath = PrintDownloads.PrintUrlPath(lang);
            List<OutlinePage> printed = PrintAnchors.Printed(language);
            PrintAnchors anchors = PrintAnchors.Of(lang, printed);
            var contents = new StringBuilder();
            contents.Append("<p class=\"print-intro\">").Append(HtmlEscape.Text(strings.Get(lang, "print.intro"))).Append("</p>\n");
            AppendContents(contents, language, strings.Get(lang, "print.contents"), printed);

            // The book is written into the laid-out page as it is made (the layout is rendered around a marker):
            // at 5,000 pages it is 36 million characters per language, too big to hold as strings.
            Document edition = Document.Create(null, urlPath + "index.html", BookMarker)
                .WithDestination(SitePaths.DestinationFor(urlPath))
                .WithMetadata(
                [
                    new(CourseKeys.Lang, lang),
                    new(CourseKeys.TranslationKey, PrintDownloads.PrintKey),
                    new(CourseKeys.Kind, PageKind.Print),
                    new(CourseKeys.UrlPath, urlPath),
                    new(Keys.Title, strings.Get(lang, "print.title")),
                    new(Keys.Description, strings.Get(lang, "print.intro")),
                ]);
            string layout = RenderLayout.Render(context.Services.Get<LayoutTemplates>(), "page", factory.Create(edition));
            int at = layout.IndexOf(BookMarker, StringComparison.Ordinal);
            void WriteBook(TextWriter writer)
            {
                writer.Write(layout.AsSpan(0, at));
                writer.Write(contents);
                int tables = 0;
                var article = new StringBuilder();
                foreach (OutlinePage page in printed)
                {
                    // one page at a time: the staged page is read back (holding every article until now cost 150 MB at
                    // 5,000 pages) and its tables numbered as it joins the book, not by a pass over the whole book
                    string? html = page.Kind == PageKind.Glossary
                        ? Glossary(glossaries.GetValueOrDefault(lang), page, anchors, context, settings.UseIndexHtml)
                        : rendered.TryGetValue(page.UrlPath, out Document? document) && PrintArticle.Extract(document.Content) is { } extracted
                            ? PrintArticle.Rewrite(extracted, page.UrlPath, PrintAnchors.ForPage(lang, page.UrlPath), anchors, settings.UseIndexHtml)
                            : null;
                    if (html is not null)
                    {
                        article.Clear().Append("<div class=\"print-page print-").Append(page.Kind.ToString().ToLowerInvariant()).Append("\">\n");
                        PrintArticle.AppendNumberingTables(article, html.Trim(), ref tables);
                        writer.Write(article.Append("\n</div>\n"));
                    }
                }

                writer.Write(layout.AsSpan(at + BookMarker.Length));
            }

            if (at < 0)
            {
                result.Add(edition.WithContent(layout)); // a theme whose page layout leaves the content out
            }
            else if (context.Writer.StageText(edition.Destination!, WriteBook) is { } staged)
            {
                result.Add(edition.WithBody(staged));
            }
            else
            {
                var text = new StringWriter(CultureInfo.InvariantCulture);
                WriteBook(text);
                result.Add(edition.WithContent(text.ToString()));
            }

            if (downloads.TryGetPdf(lang, out string pdf, out _))
            {
                result.Add(Document.Create(pdf, PrintDownloads.SitePath(lang), DocumentContent.Empty).WithDestination(PrintDownloads.SitePath(lang)));
            }
        }

        return Task.FromResult(result.ToImmutable());
    }

    private static void AppendContents(StringBuilder body, LanguageOutline language, string title, List<OutlinePage> printed)
    {
        var included = printed.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        body.Append("<nav class=\"print-toc\" aria-labelledby=\"print-toc-title\">\n<h2 id=\"print-toc-title\">").Append(HtmlEscape.Text(title)).Append("</h2>\n<ol>\n");
        foreach (NavEntry entry in language.Entries.Where(e => included.Contains(e.Page.Key)))
        {
            body.Append("<li>").Append(TocLink(language.Lang, entry.Page));
            List<OutlinePage> sections = entry.Chapter?.Sections.Where(s => included.Contains(s.Key)).ToList() ?? [];
            if (sections.Count > 0)
            {
                body.Append("\n<ol>\n");
                foreach (OutlinePage section in sections)
                {
                    body.Append("<li>").Append(TocLink(language.Lang, section)).Append("</li>\n");
                }

                body.Append("</ol>\n");
            }

            body.Append("</li>\n");
        }

        body.Append("</ol>\n</nav>\n");
    }

    private static string TocLink(string lang, OutlinePage page) =>
        $"<a href=\"#{(page.Kind == PageKind.Glossary ? PrintAnchors.GlossaryAnchor : PrintAnchors.ForPage(lang, page.UrlPath))}\">{HtmlEscape.Text(page.Title)}</a>";

    private string? Glossary(Document? glossary, OutlinePage page, PrintAnchors anchors, IExecutionContext context, bool useIndexHtml)
    {
        if (glossary?.Get<GlossaryFile>(CourseKeys.Glossary) is not { } file)
        {
            return null;
        }

        MarkdownPipeline pipeline = definitions.PipelineFor(context, file.Lang);
        return PrintGlossary.Render(page.Title, file, page.UrlPath, markdown => Markdig.Markdown.ToHtml(markdown, pipeline), anchors, useIndexHtml);
    }
}
