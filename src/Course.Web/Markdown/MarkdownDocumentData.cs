using Markdig.Syntax;

namespace Course.Web.Markdown;

/// <summary>Values extensions leave on a parsed document for the pipeline to pick up.</summary>
public static class MarkdownDocumentData
{
    public const string GlossaryUsedKey = "course:glossary-used";

    /// <summary>Ids of the glossary entries the page links to, in order of first use.</summary>
    public static IReadOnlyList<string> GlossaryUsed(MarkdownDocument document) =>
        document.GetData(GlossaryUsedKey) as IReadOnlyList<string> ?? [];
}
