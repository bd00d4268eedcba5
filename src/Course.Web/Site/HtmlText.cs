using System.Buffers;
using System.Net;

namespace Course.Web.Site;

/// <summary>Plain text of an HTML fragment, for word counts and descriptions.</summary>
/// <remarks>
/// One pass over the text, with exactly the result of the three regular expressions it replaced (they cost
/// a second per thousand pages): <c>&lt;(svg|script|style)[^&gt;]*&gt;.*?&lt;/\1&gt;</c> → " ", then
/// <c>&lt;[^&gt;]+&gt;</c> → " " on that result, then <c>\s+</c> → " ", then HTML decoding and trimming.
/// </remarks>
public static class HtmlText
{
    public static string Strip(string html)
    {
        if (html.Length == 0)
        {
            return string.Empty;
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            int length = Collapse(html, buffer, out bool hasAmpersand);
            string text = new(buffer, 0, length);

            // Decoding comes after collapsing, as before: decoded entities (&nbsp;, &#10;) stay as they are, except at the ends.
            return hasAmpersand ? WebUtility.HtmlDecode(text).Trim() : text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// <c>WordCounter.Count(Strip(html))</c>, without making the plain text of a page that has no entity to decode
    /// (one string as long as the page, per page, only to be counted).
    /// </summary>
    public static int CountWords(string html)
    {
        if (html.Length == 0)
        {
            return 0;
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            int length = Collapse(html, buffer, out bool hasAmpersand);
            return hasAmpersand
                ? WordCounter.Count(WebUtility.HtmlDecode(new string(buffer, 0, length)).Trim())
                : WordCounter.Count(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the text without elements and tags, whitespace runs as one space and no space at either end.</summary>
    private static int Collapse(string html, char[] output, out bool hasAmpersand)
    {
        var elements = new ElementScanner(html);
        bool noMoreTagEnds = false;
        bool pendingSpace = false;
        hasAmpersand = false;
        int length = 0;
        int i = 0;
        while (i < html.Length)
        {
            // An svg, script or style element reads as one space (the first regex ran on the original text).
            if (i == elements.Start)
            {
                pendingSpace = true;
                i = elements.End;
                elements.Advance(i);
                continue;
            }

            char c = html[i];
            if (c == '<' && !noMoreTagEnds)
            {
                ElementScanner saved = elements;
                int end = TagEnd(html, i, ref elements);
                if (end > 0)
                {
                    pendingSpace = true;
                    i = end;
                    continue;
                }

                // Only a look-ahead that ran off the end proves that no later '<' can start a tag either.
                noMoreTagEnds = end < 0;
                elements = saved;
            }

            if (IsWhiteSpace(c))
            {
                pendingSpace = true;
                i++;
                continue;
            }

            if (pendingSpace && length > 0)
            {
                output[length++] = ' ';
            }

            pendingSpace = false;
            hasAmpersand |= c == '&';
            output[length++] = c;
            i++;
        }

        return length;
    }

    /// <summary>
    /// Where the tag <c>&lt;[^&gt;]+&gt;</c> starting at <paramref name="start"/> ends (after its '&gt;'), in the
    /// text with svg, script and style elements already replaced by a space; 0 for "&lt;&gt;", -1 when no '&gt;' follows.
    /// </summary>
    private static int TagEnd(string html, int start, ref ElementScanner elements)
    {
        int k = start + 1;
        while (k < html.Length)
        {
            if (k == elements.Start)
            {
                k = elements.End;
                elements.Advance(k);
                continue;
            }

            if (html[k] == '>')
            {
                return k == start + 1 ? 0 : k + 1;
            }

            k++;
        }

        return -1;
    }

    // Regex \s is char.IsWhiteSpace. Its Latin-1 table is cheap, but above it every letter took the slow Unicode
    // category lookup; no character between U+0100 and U+167F is whitespace.
    private static bool IsWhiteSpace(char c) => c < '\u0100' ? (c <= ' ' || c >= '\u0085') && char.IsWhiteSpace(c) : c >= '\u1680' && char.IsWhiteSpace(c);

    /// <summary>The next match of <c>&lt;(svg|script|style)[^&gt;]*&gt;.*?&lt;/\1&gt;</c>, searched from left to right like Regex.Replace.</summary>
    private struct ElementScanner
    {
        private static readonly string[] Names = ["svg", "script", "style"];
        private static readonly string[] Closings = ["</svg>", "</script>", "</style>"];

        private readonly string html;

        // A name with no closing tag after some point has none after any later point either.
        private int unclosed;

        public ElementScanner(string html)
        {
            this.html = html;
            Advance(0);
        }

        /// <summary>Where the next element starts; int.MaxValue when there is none.</summary>
        public int Start { get; private set; }

        public int End { get; private set; }

        public void Advance(int from)
        {
            Start = int.MaxValue;
            End = int.MaxValue;
            int p = from;
            while (p < html.Length)
            {
                int open = html.IndexOf('<', p);
                if (open < 0)
                {
                    return;
                }

                int name = NameAt(open + 1);
                if (name < 0 || (unclosed & (1 << name)) != 0)
                {
                    p = open + 1;
                    continue;
                }

                int gt = html.IndexOf('>', open + 1 + Names[name].Length);
                if (gt < 0)
                {
                    return;
                }

                int close = html.IndexOf(Closings[name], gt + 1, StringComparison.Ordinal);
                if (close < 0)
                {
                    unclosed |= 1 << name;
                    p = open + 1;
                    continue;
                }

                Start = open;
                End = close + Closings[name].Length;
                return;
            }
        }

        private readonly int NameAt(int index)
        {
            for (int n = 0; n < Names.Length; n++)
            {
                if (html.AsSpan(index).StartsWith(Names[n], StringComparison.Ordinal))
                {
                    return n;
                }
            }

            return -1;
        }
    }
}
