using System.Text;
using Course.Web.Languages;
using Course.Web.Text;

namespace Course.Web.Glossary.Page;

/// <summary>
/// The body of a language's glossary page: letter index, filter box, the entries in alphabetical order (each
/// with its anchor, kind, aliases, definition and the pages that use it), after a link to the flashcard decks
/// (their own pages, Course.Web.Flashcards). The filter stays hidden until glossary.js shows it, so without
/// JavaScript the page is a plain list.
/// </summary>
public static class GlossaryPageRenderer
{
    public static string Render(GlossaryPageModel model)
    {
        IReadOnlyList<LetterGroup> groups = GlossaryLetterGroups.Group(model.Entries, model.Lang);
        GlossaryStrings strings = model.Strings;
        var html = new StringBuilder("<div class=\"glossary\" data-glossary>\n");
        if (model.IntroMarkdown.Trim().Length > 0)
        {
            html.Append("<div class=\"glossary-intro\">\n").Append(model.RenderMarkdown(model.IntroMarkdown).Trim()).Append("\n</div>\n");
        }

        if (model.FlashcardsLink is { } link)
        {
            html.Append("<p class=\"glossary-flashcards-link\"><a href=\"").Append(HtmlEscape.Text(link.Href)).Append("\">")
                .Append(HtmlEscape.Text(link.Text)).Append("</a></p>\n");
        }

        AppendLetterIndex(html, groups, strings);
        AppendFilter(html, model.Entries.Count, strings);
        foreach (LetterGroup group in groups)
        {
            AppendGroup(html, group, model);
        }

        html.Append("<p class=\"glossary-no-matches\" data-glossary-empty hidden>").Append(HtmlEscape.Text(strings.NoMatches)).Append("</p>\n");
        html.Append("</div>\n");
        return html.ToString();
    }

    private static void AppendLetterIndex(StringBuilder html, IReadOnlyList<LetterGroup> groups, GlossaryStrings strings)
    {
        html.Append("<nav class=\"glossary-letters\" aria-label=\"").Append(HtmlEscape.Text(strings.LetterIndex)).Append("\">\n<ul>\n");
        foreach (LetterGroup group in groups)
        {
            html.Append("<li><a href=\"#").Append(group.AnchorId).Append("\">").Append(HtmlEscape.Text(group.Letter)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private static void AppendFilter(StringBuilder html, int total, GlossaryStrings strings)
    {
        html.Append("<div class=\"glossary-filter\" data-glossary-filter hidden>\n")
            .Append("<label for=\"glossary-filter-input\">").Append(HtmlEscape.Text(strings.FilterLabel)).Append("</label>\n")
            .Append("<input type=\"search\" id=\"glossary-filter-input\" autocomplete=\"off\" spellcheck=\"false\">\n")
            .Append("<p class=\"glossary-filter-count\" role=\"status\" data-glossary-count data-template=\"")
            .Append(HtmlEscape.Text(strings.FilterCount)).Append("\" data-total=\"").Append(total).Append("\"></p>\n")
            .Append("</div>\n");
    }

    private static void AppendGroup(StringBuilder html, LetterGroup group, GlossaryPageModel model)
    {
        html.Append("<section class=\"glossary-group\" id=\"").Append(group.AnchorId).Append("\" aria-labelledby=\"")
            .Append(group.AnchorId).Append("-title\" data-glossary-group>\n")
            .Append("<h2 id=\"").Append(group.AnchorId).Append("-title\">").Append(HtmlEscape.Text(group.Letter)).Append("</h2>\n")
            .Append("<dl class=\"glossary-entries\">\n");
        foreach (GlossaryEntry entry in group.Entries)
        {
            AppendEntry(html, entry, model);
        }

        html.Append("</dl>\n</section>\n");
    }

    private static void AppendEntry(StringBuilder html, GlossaryEntry entry, GlossaryPageModel model)
    {
        GlossaryStrings strings = model.Strings;
        string search = CourseLanguages.Get(model.Lang).Fold(string.Join(" ", entry.Names));
        html.Append("<div class=\"glossary-entry\" id=\"").Append(HtmlEscape.Text(entry.Id)).Append("\" data-glossary-entry data-search=\"")
            .Append(HtmlEscape.Text(search)).Append("\">\n")
            .Append("<dt><dfn class=\"glossary-term\">").Append(HtmlEscape.Text(entry.Term)).Append("</dfn> <span class=\"glossary-kind\">")
            .Append(HtmlEscape.Text(strings.KindOf(entry))).Append("</span></dt>\n<dd>\n");
        if (entry.Aliases.Count > 0)
        {
            html.Append("<p class=\"glossary-aliases\"><span class=\"glossary-label\">").Append(HtmlEscape.Text(strings.Aliases)).Append("</span> ")
                .Append(HtmlEscape.Text(string.Join(", ", entry.Aliases))).Append("</p>\n");
        }

        html.Append("<div class=\"glossary-definition\">\n").Append(model.RenderMarkdown(entry.DefinitionMarkdown).Trim()).Append("\n</div>\n");
        AppendUsage(html, model.Usage.GetValueOrDefault(entry.Id) ?? [], strings);
        html.Append("</dd>\n</div>\n");
    }

    private static void AppendUsage(StringBuilder html, IReadOnlyList<GlossaryUsage> usages, GlossaryStrings strings)
    {
        if (usages.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"glossary-usage\">\n<p class=\"glossary-label\">").Append(HtmlEscape.Text(strings.UsedIn)).Append("</p>\n<ul>\n");
        foreach (GlossaryUsage usage in usages)
        {
            html.Append("<li><a href=\"").Append(HtmlEscape.Text(usage.Url)).Append("\">").Append(HtmlEscape.Text(usage.Title)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</div>\n");
    }
}
