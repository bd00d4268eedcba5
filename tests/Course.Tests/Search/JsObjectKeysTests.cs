using Course.Web.Search.Lunr;

namespace Course.Tests.Search;

public sealed class JsObjectKeysTests
{
    // Unsorted indices among other keys; base-36 refs in order (indices already increasing, letters between);
    // indices only, in order; no index at all.
    [Theory]
    [InlineData("b,10,a,2,01,4294967294,4294967295,-1,1.5,0")]
    [InlineData("0,1,2,9,a,b,z,10,11,19,1a,20,zz,100")]
    [InlineData("0,1,2,3")]
    [InlineData("a,b,c")]
    public void OrdersKeysAsJavaScriptEnumeratesThem(string keys)
    {
        string[] inserted = keys.Split(',');
        LunrJs js = new();

        string[] expected = js.Evaluate<string[]>("(function () { var o = Object.create(null); "
            + string.Join(" ", inserted.Select(k => $"o['{k}'] = 1;")) + " return Object.keys(o); })()");

        Assert.Equal(expected, JsObjectKeys.Order(inserted));
    }
}
