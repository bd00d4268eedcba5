using System.Text;
using Course.Tests.Support;
using Course.Web.Glossary;
using Course.Web.Glossary.Matching;
using Course.Web.Glossary.Page;
using Course.Web.Markdown.GlossaryLinks;
using Markdig;
using Markdig.Syntax;
using YamlDotNet.Serialization;

namespace Course.Tests.Glossary;

/// <summary>A chapter page and a glossary page built from the glossary's own renderers, with the real theme assets, in a temp folder.</summary>
public sealed class GlossaryBrowserPages : IDisposable
{
    private const string GlossaryMarkdown = """
        Фишинг {#phishing .term}
        : Әлеуметтік инженерия тәсілдерімен пайдаланушының құпия деректерін алу.

        Қылмыскер {#offender .term aliases="кибер қылмыскер"}
        : Қылмыс жасаған адам.

        ҚК {#criminal-code .abbr}
        : Қылмыстық кодекс.
        """;

    private const string ChapterMarkdown = """
        Фишинг — кең тараған алаяқтық. Ол қылмыскерлерге оңай табыс береді.

        Жауапкершілік ҚК-нің 190-бабында көзделген.
        """;

    public GlossaryBrowserPages()
    {
        Folder = Directory.CreateTempSubdirectory("course-glossary-browser-").FullName;
        GlossaryParseResult glossary = GlossaryParser.Parse("input/kk/glossary.md", GlossaryMarkdown, 0, "kk");
        var strings = GlossaryStrings.FromMap(new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, string>>(Repo.ReadText("theme", "i18n", "kk", "glossary.yml")));
        MarkdownPipeline plain = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        MarkdownPipeline linked = new MarkdownPipelineBuilder().UseAdvancedExtensions()
            .UseGlossaryLinks(new GlossaryTermMatcher(glossary.Entries, new TestStemmer()), new GlossaryLinkOptions { GlossaryHref = "glossary.html" })
            .Build();
        string Render(string markdown) => Markdig.Markdown.ToHtml(markdown, plain);

        MarkdownDocument chapter = Markdig.Markdown.Parse(ChapterMarkdown, linked);
        var usage = new GlossaryUsageCollector();
        usage.Add(new GlossaryUsage("Тарау", "chapter.html"), chapter.GetGlossaryLinks().Ids);
        Write("chapter.html", "Тарау", chapter.ToHtml(linked), GlossaryPopovers.Render(chapter, Render, strings));
        Write("glossary.html", "Глоссарий", GlossaryPageRenderer.Render(new GlossaryPageModel("kk", glossary.Entries, usage.ToMap(), Render, strings)), "");
        File.WriteAllText(Path.Combine(Folder, "page.css"), PageCss);
        foreach (string[] asset in new[] { new[] { "js", "fold.js" }, ["js", "glossary.js"], ["css", "glossary.css"] })
        {
            File.WriteAllText(Path.Combine(Folder, asset[1]), Repo.ReadText("theme", "assets", asset[0], asset[1]));
        }
    }

    /// <summary>What a theme does at least: lets the page follow the reader's light or dark preference.</summary>
    private const string PageCss = ":root { color-scheme: light dark; background: Canvas; color: CanvasText; }\n";

    public string Folder { get; }

    public string Url(string file) => new Uri(Path.Combine(Folder, file)).AbsoluteUri;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>The popovers go inside <c>main</c>: outside any landmark axe reports them ("region").</summary>
    private void Write(string file, string title, string body, string end)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append("<title>").Append(title).Append("</title>\n<link rel=\"stylesheet\" href=\"page.css\">\n<link rel=\"stylesheet\" href=\"glossary.css\">\n</head>\n<body>\n")
            .Append("<main>\n<h1>").Append(title).Append("</h1>\n").Append(body).Append(end).Append("</main>\n")
            .Append("<script src=\"fold.js\"></script>\n<script src=\"glossary.js\"></script>\n</body>\n</html>\n");
        File.WriteAllText(Path.Combine(Folder, file), html.ToString());
    }
}
