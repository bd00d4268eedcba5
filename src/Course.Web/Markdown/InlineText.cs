using System.Text;
using Markdig.Syntax.Inlines;

namespace Course.Web.Markdown;

/// <summary>The plain text of inlines (a heading's words without markup).</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                for (Inline? child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
