using System.Text;

namespace Course.Web.Glossary.Page;

/// <summary>Escapes text for HTML element content and double-quoted attribute values.</summary>
internal static class HtmlEscape
{
    public static string Text(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
