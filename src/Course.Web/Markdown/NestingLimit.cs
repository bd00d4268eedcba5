namespace Course.Web.Markdown;

/// <summary>
/// Refuses lists and block quotes nested deeper than <see cref="MaxDepth"/> before Markdig sees the page:
/// its container parsing slows down faster than the nesting grows (a list 1,000 levels deep took 4 s,
/// 3,000 levels did not finish) and very deep trees exhaust the stack. Fenced code is not counted.
/// </summary>
public static class NestingLimit
{
    /// <summary>Documented in docs/authoring.md; real pages use 3 or 4 levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>The first line (1-based, in the body) nested too deep and what is nested there, or null.</summary>
    public static (int Line, int Depth, string Construct)? FirstTooDeep(string markdown)
    {
        bool fenced = false;
        char fence = '\0';
        int line = 0;
        int start = 0;
        while (start <= markdown.Length)
        {
            int end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            line++;
            ReadOnlySpan<char> text = markdown.AsSpan(start, end - start);
            ReadOnlySpan<char> trimmed = text.TrimStart();
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                if (!fenced || trimmed[0] == fence)
                {
                    fenced = !fenced;
                    fence = trimmed[0];
                }
            }
            else if (!fenced && Measure(text) is var (quotes, lists) && (quotes > MaxDepth || lists > MaxDepth || quotes + lists > MaxDepth))
            {
                string construct = quotes > MaxDepth ? "block quotes ('>')" : lists > MaxDepth ? "lists" : "lists and block quotes";
                return (line, quotes + lists, construct);
            }

            start = end + 1;
        }

        return null;
    }

    // Block quote markers, and list markers plus indentation (two columns a level) at the start of a line.
    private static (int Quotes, int Lists) Measure(ReadOnlySpan<char> text)
    {
        int quotes = 0;
        int markers = 0;
        int indent = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ')
            {
                indent++;
                i++;
            }
            else if (c == '\t')
            {
                indent += 4;
                i++;
            }
            else if (c == '>')
            {
                quotes++;
                i++;
            }
            else if ((c is '-' or '*' or '+') && i + 1 < text.Length && text[i + 1] is ' ' or '\t')
            {
                markers++;
                i += 2;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarker(text[i..]) is int length and > 0)
            {
                markers++;
                i += length;
            }
            else
            {
                break;
            }
        }

        return (quotes, markers + (indent / 2));
    }

    private static int OrderedMarker(ReadOnlySpan<char> text)
    {
        int digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }
}
