namespace Course.Web.Search;

/// <summary>
/// The anchor a heading most likely has (GitHub style: lowercase, letters, digits, <c>-</c> and <c>_</c>
/// kept, spaces as <c>-</c>, the rest dropped), the twin of search-query.js's <c>headingId</c>. The store
/// writes an anchor that equals it as <c>1</c> and search-query.js computes it back, so the text of most
/// anchors is not downloaded twice. Characters on which C# and JavaScript could disagree (astral code
/// points, İ, Σ) make a heading <see cref="IsPortable"/> false and its anchor is written out.
/// </summary>
public static class HeadingIds
{
    public static string FromHeading(string heading)
    {
        char[] id = new char[heading.Length];
        int length = 0;
        foreach (char c in heading.ToLowerInvariant())
        {
            if (c == ' ')
            {
                id[length++] = '-';
            }
            else if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                id[length++] = c;
            }
        }

        return new string(id, 0, length);
    }

    public static bool IsPortable(string heading) =>
        !heading.Any(c => char.IsSurrogate(c) || c is '\u0130' or '\u03A3' or '\u03C2');

    /// <summary>True when search-query.js can compute <paramref name="anchor"/> from <paramref name="heading"/>.</summary>
    public static bool Derives(string heading, string anchor) =>
        anchor.Length > 0 && heading.Length > 0 && IsPortable(heading) && FromHeading(heading) == anchor;
}
