using System.Globalization;
using Course.Web.Search.Lunr;

namespace Course.Tests.Search;

public sealed class JsNumberTests
{
    [Fact]
    public void FormatsLikeJavaScriptJsonStringify()
    {
        double[] values = [0, 1, 2.5, 0.001, 1.234, 15.108, 0.1 + 0.2, 1e-6, 1.5e-7, 1.2345678901234568e20, 1e21, 2.5e-300, 1e15, 123.456e10, -4.2];
        LunrJs js = new();

        string expected = js.Evaluate("JSON.stringify([" + string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "])");

        Assert.Equal(expected, "[" + string.Join(",", values.Select(JsNumber.Format)) + "]");
    }
}
