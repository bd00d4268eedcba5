using Course.Web.Layouts;

namespace Course.Tests.Site;

/// <summary>
/// <see cref="SharedRenderKey"/> decides when a layout part is rendered once and reused: text and numbers
/// by value, model objects by reference (equal contents in another object are another rendering).
/// </summary>
public sealed class SharedRenderKeyTests
{
    [Fact]
    public void TextAndNumbersCompareByValue()
    {
        string title = new('ж', 3);
        string sameText = new('ж', 3);
        var a = new SharedRenderKey("nav", [title, 2, 3L, 1.5, true, null]);
        var b = new SharedRenderKey("nav", [sameText, 2, 3L, 1.5, true, null]);

        Assert.NotSame(title, sameText);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new SharedRenderKey("nav", ["жжж", 2, 3L, 1.5, false, null]));
        Assert.NotEqual(a, new SharedRenderKey("footer", [title, 2, 3L, 1.5, true, null]));
        Assert.NotEqual(a, new SharedRenderKey("nav", [title, 2, 3L, 1.5, true]));
    }

    [Fact]
    public void ModelObjectsCompareByReference()
    {
        var chapters = new List<string> { "concepts", "offender" };
        var sameContents = new List<string> { "concepts", "offender" };
        var a = new SharedRenderKey("nav", ["kk", chapters]);

        Assert.Equal(a, new SharedRenderKey("nav", ["kk", chapters]));
        Assert.Equal(a.GetHashCode(), new SharedRenderKey("nav", ["kk", chapters]).GetHashCode());
        Assert.NotEqual(a, new SharedRenderKey("nav", ["kk", sameContents]));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"nav"));
    }

    [Fact]
    public void AsADictionaryKeyItFindsTheSameRenderingOnlyForTheSameModel()
    {
        var model = new object();
        var renders = new Dictionary<SharedRenderKey, string> { [new SharedRenderKey("nav", ["kk", model])] = "<nav>" };

        Assert.True(renders.ContainsKey(new SharedRenderKey("nav", [string.Concat("k", "k"), model])));
        Assert.False(renders.ContainsKey(new SharedRenderKey("nav", ["kk", new object()])));
    }
}
