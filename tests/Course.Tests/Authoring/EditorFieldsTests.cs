using Course.Web.Editor;
using Course.Web.Site;

namespace Course.Tests.Authoring;

public class EditorFieldsTests
{
    [Fact]
    public void TheEditorOffersEveryFrontMatterKeyTheBuildKnowsSoSavingDropsNone()
    {
        // 'lang' is optional and given by the folder; the editor never writes it.
        IEnumerable<string> known = FrontMatterSchema.Keys.Keys.Where(k => k != FrontMatterSchema.FrontMatterLang);
        IEnumerable<string> offered = EditorFields.Page(chapterFields: true, order: true).Select(f => f.Name);
        Assert.Subset(offered.ToHashSet(StringComparer.Ordinal), known.ToHashSet(StringComparer.Ordinal));
    }
}
