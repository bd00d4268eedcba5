using System.Text.RegularExpressions;
using Course.Web.Site;

namespace Course.Web.Search;

/// <summary>Cuts a page's HTML fragment at its level-2 headings: a search result then opens the right section.</summary>
public static partial class SectionSplitter
{
    public static IEnumerable<(string Id, string Heading, string Text)> Split(string html)
    {
        MatchCollection headings = Heading().Matches(html);
        int start = 0;
        string id = string.Empty;
        string heading = string.Empty;
        foreach (Match match in headings)
        {
            yield return (id, heading, HtmlText.Strip(html[start..match.Index]));
            id = match.Groups[1].Value;
            heading = HtmlText.Strip(match.Groups[2].Value);
            start = match.Index + match.Length;
        }

        yield return (id, heading, HtmlText.Strip(html[start..]));
    }

    [GeneratedRegex("<h2 id=\"([^\"]*)\"[^>]*>(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex Heading();
}
