using Course.Core.Documents;
using Course.Tests.Support;
using Course.Web;
using Course.Web.Layouts;
using Course.Web.Outline;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>A page whose kind nobody set is not taken for the home page (#18.5): it reads as None, and a layout refuses it.</summary>
public sealed class PageKindTests
{
    [Fact]
    public void AMissingKindReadsAsNoneNotHome()
    {
        Document asset = TestDocuments.Create("kk/notes.txt", "x", (CourseKeys.Lang, "kk"));

        Assert.Equal(PageKind.None, asset.Get<PageKind>(CourseKeys.Kind));
        Assert.Equal(PageKind.None, default(PageKind));
    }

    [Fact]
    public void ALayoutRefusesAPageWithoutAKindAndLaysOutTheSamePageWithOne()
    {
        var options = new BuildOptions(Repo.Input, Repo.Theme);
        CourseSettings settings = CourseSettingsLoader.Load(Repo.Input, options).Settings!;
        var strings = UiStrings.Load(Repo.Theme, settings.Languages);
        (string Key, object? Value)[] metadata = [(CourseKeys.Lang, "kk"), (CourseKeys.TranslationKey, "extra.md"), (CourseKeys.UrlPath, "kk/extra/"), (Keys.Title, "Қосымша")];
        Document home = TestDocuments.Create("kk/index.md", "", (CourseKeys.Lang, "kk"), (CourseKeys.TranslationKey, "index.md"), (CourseKeys.Kind, PageKind.Home), (CourseKeys.UrlPath, "kk/"), (Keys.Title, "Басты бет"));
        Document page = TestDocuments.Create("kk/extra.md", "<p>Мәтін.</p>", metadata);
        CourseOutline outline = CourseOutline.From([home, page.WithMetadata(CourseKeys.Kind, PageKind.Page)], settings, strings);
        var factory = new PageModelFactory(settings, strings, ThemeAssets.Load(Repo.Theme).Assets!, outline, (_, _) => null);

        var error = Assert.Throws<InvalidOperationException>(() => factory.Create(page));
        Assert.Contains("'kk/extra.md' has no page kind", error.Message, StringComparison.Ordinal);

        Scriban.Runtime.ScriptObject model = factory.Create(page.WithMetadata(CourseKeys.Kind, PageKind.Page));
        Assert.Equal("page", model["kind"]);
        Assert.Equal("Қосымша – " + settings.TitleFor("kk"), model["page_title"]); // a home page would show the course title alone
    }
}
