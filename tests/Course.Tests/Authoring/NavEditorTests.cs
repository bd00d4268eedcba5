using Course.Web.Scaffolding;

namespace Course.Tests.Authoring;

public class NavEditorTests
{
    [Fact]
    public void AFlowListGainsTheChapterAfterItsAnchorAndKeepsTheRest()
    {
        const string yaml = "title: x # keep\nnav: [a, \"b\", c]\nsearchBudgetKb: 80\n";
        Assert.Equal("title: x # keep\nnav: [a, \"b\", new, c]\nsearchBudgetKb: 80\n", NavEditor.Insert(yaml, "new", "b"));
    }

    [Fact]
    public void ABlockListGainsALineWithTheSameIndentAndComments()
    {
        const string yaml = "nav: # order\n  - a\n  - b # second\n  - c\nother: 1\n";
        Assert.Equal("nav: # order\n  - a\n  - b # second\n  - new\n  - c\nother: 1\n", NavEditor.Insert(yaml, "new", "b"));
        Assert.Equal(["a", "b", "c"], NavEditor.Entries(yaml));
    }

    [Fact]
    public void AnUnknownAnchorAppendsAndAMissingNavGivesNull()
    {
        Assert.Equal("nav: [a, new]\n", NavEditor.Insert("nav: [a]\n", "new", "zzz"));
        Assert.Null(NavEditor.Insert("title: x\n", "new", "a"));
    }
}
