using Course.Web.Search.Lunr;

namespace Course.Tests.Search;

public sealed class JsObjectKeysTests
{
    [Fact]
    public void OrdersKeysAsJavaScriptEnumeratesThem()
    {
        string[] inserted = ["b", "10", "a", "2", "01", "4294967294", "4294967295", "-1", "1.5", "0"];
        LunrJs js = new();

        string[] expected = js.Evaluate<string[]>("(function () { var o = Object.create(null); "
            + string.Join(" ", inserted.Select(k => $"o['{k}'] = 1;")) + " return Object.keys(o); })()");

        Assert.Equal(expected, JsObjectKeys.Order(inserted));
    }
}
