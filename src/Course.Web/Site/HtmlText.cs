using System.Net;
using System.Text.RegularExpressions;

namespace Course.Web.Site;

/// <summary>Plain text of an HTML fragment, for word counts and descriptions.</summary>
public static partial class HtmlText
{
    public static string Strip(string html) =>
        WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(SvgOrScript().Replace(html, " "), " "), " ")).Trim();

    [GeneratedRegex("<(svg|script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex SvgOrScript();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
