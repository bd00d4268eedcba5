using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Layouts;
using Course.Web.Outline;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>Wraps each page's HTML fragment in the theme's layout (needs the whole site: navigation, switch, neighbours).</summary>
public sealed class RenderLayout(string template = "page") : Module
{
    private PageModelFactory? factory;

    protected override void Prepare(IExecutionContext context)
    {
        factory = new PageModelFactory(
            context.Services.Get<CourseSettings>(),
            context.Services.Get<UiStrings>(),
            context.Services.Get<ThemeAssets>(),
            context.Services.Get<OutlineProvider>().Get(context),
            GlossaryLookup.Of(context).Href)
        {
            Downloads = context.Services.Get<Print.PrintDownloads>(),
            Lms = context.Services.Get<BuildOptions>().Lms,
        };
    }

    protected override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context) =>
        [input.WithContent(Render(context.Services.Get<LayoutTemplates>(), template, factory!.Create(input)))];

    /// <summary>Renders a page model with its layout, the search form included.</summary>
    public static string Render(LayoutTemplates templates, string template, Scriban.Runtime.ScriptObject model)
    {
        model["search_form"] = templates.Has("search") ? templates.RenderShared("search", model) : string.Empty;
        return templates.Render(template, model);
    }
}
