namespace Course.Web.Markdown.RawHtml;

/// <summary>URL schemes that run code when a link is followed (javascript:, vbscript:, data:), spotted as a browser reads them.</summary>
public static class UrlSchemes
{
    public const string Fix = "Link to a page of the course (its .md file) or to an https:// address.";

    private static readonly string[] CodeSchemes = ["javascript", "vbscript", "data"];

    /// <summary>Whether the URL starts with a scheme ("https:", "mailto:", "javascript:"): such a link is not a course file.</summary>
    public static bool HasScheme(string url)
    {
        string plain = Plain(url);
        int colon = plain.IndexOf(':');
        return colon > 0 && char.IsAsciiLetter(plain[0]) && plain[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    /// <summary>The scheme when following the URL would run code, else null.</summary>
    public static string? RunsCode(string url)
    {
        string plain = Plain(url);
        return CodeSchemes.FirstOrDefault(s => plain.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase));
    }

    public static string Message(string scheme, string what) =>
        $"{what} is a '{scheme}:' URL: following it would run code in the reader's browser, so the course does not allow it.";

    // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
    private static string Plain(string url) => string.Concat(url.Where(c => c > ' ' && c != '\u007f')).ToLowerInvariant();
}
