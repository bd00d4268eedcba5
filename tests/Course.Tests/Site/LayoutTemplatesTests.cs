using Course.Tests.Support;
using Course.Web.Layouts;
using Scriban.Runtime;

namespace Course.Tests.Site;

/// <summary>A template rendered alike for many pages is rendered once per set of values it reads, and only when that is safe.</summary>
public class LayoutTemplatesTests
{
    private static LayoutTemplates Load(TempFolder temp, params (string Name, string Text)[] layouts)
    {
        Directory.CreateDirectory(temp.Combine("layouts"));
        foreach ((string name, string text) in layouts)
        {
            File.WriteAllText(temp.Combine("layouts", name + ".sbn"), text);
        }

        (LayoutTemplates templates, var diagnostics) = LayoutTemplates.Load(temp.Path);
        Assert.Empty(diagnostics);
        return templates;
    }

    private static readonly List<string> Items = ["a", "<b>"];

    private static ScriptObject Model(string lang, ScriptObject t, int words) =>
        new() { ["lang"] = lang, ["t"] = t, ["words"] = words, ["items"] = Items };

    [Fact]
    public void SharedRenderingIsReusedForTheSameValuesOnly()
    {
        using var temp = new TempFolder();
        LayoutTemplates templates = Load(temp, ("form", "<form lang=\"{{ lang }}\">{{ t.label | html.escape }}{{ for i in items }}[{{ i | string.upcase }}]{{ end }}</form>"));
        var t = new ScriptObject { ["label"] = "Search & find" };
        var other = new ScriptObject { ["label"] = "Search & find" };

        string first = templates.RenderShared("form", Model("kk", t, 1));
        Assert.Equal(templates.Render("form", Model("kk", t, 1)), first);
        Assert.Same(first, templates.RenderShared("form", Model("kk", t, 2))); // 'words' is not read
        Assert.NotSame(first, templates.RenderShared("form", Model("ru", t, 1)));
        Assert.NotSame(first, templates.RenderShared("form", Model("kk", other, 1))); // other objects count by reference
    }

    [Fact]
    public void ContentOfAnySizeIsWrittenWhole()
    {
        using var temp = new TempFolder();
        LayoutTemplates templates = Load(temp, ("page", "<main>{{ content }}</main>"));
        string book = string.Concat(Enumerable.Range(0, 150_000).Select(i => $"<p>{i}</p>")); // about 1.7 million characters

        string page = templates.Render("page", new ScriptObject { ["content"] = book });

        Assert.Equal("<main>" + book + "</main>", page);
    }

    [Fact]
    public void ContentIsWrittenAsItIsWhereverTheLayoutIndentsIt()
    {
        using var temp = new TempFolder();
        LayoutTemplates templates = Load(temp, ("page", "<main>\n    {{ content }}\n</main>"));
        const string Code = "<pre><code>if x:\n    y()\nz()\n</code></pre>";

        Assert.Equal("<main>\n    " + Code + "\n</main>", templates.Render("page", new ScriptObject { ["content"] = Code }));
    }

    [Theory]
    [InlineData("{{ x = lang }}{{ x }}")]
    [InlineData("{{ capture x }}{{ lang }}{{ end }}{{ x }}")]
    [InlineData("{{ func f; ret lang; end }}{{ f }}")]
    [InlineData("{{ lang }} {{ date.now.year }}")]
    [InlineData("{{ lang }} {{ math.random 1 100 }}")]
    public void TemplatesThatMayDependOnMoreAreRenderedEveryTime(string text)
    {
        using var temp = new TempFolder();
        LayoutTemplates templates = Load(temp, ("form", text));
        var t = new ScriptObject();
        string first = templates.RenderShared("form", Model("kk", t, 1));
        Assert.NotSame(first, templates.RenderShared("form", Model("kk", t, 1)));
    }

    [Fact]
    public void TheThemeSearchFormIsShared()
    {
        (LayoutTemplates templates, _) = LayoutTemplates.Load(Repo.Theme);
        var t = new ScriptObject();
        var attributes = new List<ScriptObject>();
        ScriptObject Form() => new() { ["lang"] = "kk", ["root"] = "../", ["t"] = t, ["search_attributes"] = attributes, ["index_html"] = false, ["title"] = Guid.NewGuid().ToString() };
        Assert.Same(templates.RenderShared("search", Form()), templates.RenderShared("search", Form()));
    }
}
