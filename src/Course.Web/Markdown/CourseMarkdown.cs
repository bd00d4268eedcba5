using Course.Web.Markdown.HeadingIds;
using Course.Web.Languages;
using Course.Web.Markdown.Charts;
using Course.Web.Markdown.ScrollTables;
using Course.Web.Markdown.TaskLists;
using Course.Web.Site;
using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;

namespace Course.Web.Markdown;

/// <summary>
/// Builds the Markdig pipeline of one language once (the builder is not thread-safe, the built
/// pipeline is): CommonMark plus tables, footnotes, definition lists, task lists, localized
/// admonitions, Unicode heading ids, charts, tables in scrollable regions, and whatever a caller adds (the glossary links).
/// </summary>
public static class CourseMarkdown
{
    private static readonly string[] AlertKinds = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION", "DEFINITION"];

    public static MarkdownPipeline Build(string lang, UiStrings strings, Action<MarkdownPipelineBuilder>? configure = null)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseScrollTables(new ScrollTableLabels(strings.Get(lang, "table.label"), strings.Get(lang, "table.hint")))
            .UseFootnotes()
            .UseDefinitionLists()
            .UseTaskLists()
            .UseTaskListLabels()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseAlertBlocks(RenderAlertTitle(lang, strings))
            .UseHeadingIds()
            .UseCharts(new ChartLabels(strings.Get(lang, "chart.table"), strings.Get(lang, "chart.source"), strings.Get(lang, "chart.category")), CourseLanguages.Get(lang).Numbers);
        configure?.Invoke(builder);
        builder.UseGenericAttributes(); // last, as Markdig requires
        return builder.Build();
    }

    public static IReadOnlyList<string> KnownAlertKinds => AlertKinds;

    private static Action<HtmlRenderer, StringSlice> RenderAlertTitle(string lang, UiStrings strings) => (renderer, kind) =>
    {
        string name = kind.ToString().ToLowerInvariant();
        renderer.Write("<p class=\"markdown-alert-title\">");
        renderer.WriteEscape(strings.Get(lang, "alert." + name));
        renderer.Write("</p>\n");
    };
}
