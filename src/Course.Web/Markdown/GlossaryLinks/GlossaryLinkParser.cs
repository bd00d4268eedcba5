using Course.Web.Glossary.Matching;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Course.Web.Markdown.GlossaryLinks;

/// <summary>
/// Links glossary terms after a document's inlines are parsed, as Markdig's abbreviations do: when the first
/// block of a document closes it hooks <c>Document.ProcessInlinesEnd</c>, which then walks the finished inlines
/// and splits literals around the matches. The hook is per document, so one pipeline serves many threads.
/// </summary>
public sealed class GlossaryLinkParser(GlossaryTermMatcher matcher, GlossaryLinkOptions options)
{
    private static readonly object HookedKey = new();

    public GlossaryTermMatcher Matcher { get; } = matcher;

    /// <summary>Subscribed to <c>BlockParser.Closed</c> of every block parser: runs for every block, acts on the first.</summary>
    internal void OnBlockClosed(BlockProcessor processor, Block block)
    {
        MarkdownDocument document = processor.Document;
        if (document.GetData(HookedKey) is not null)
        {
            return;
        }

        document.SetData(HookedKey, true);
        GlossaryLinkOptions pageOptions = processor.Context?.GetGlossaryLinkOptions() ?? options;
        document.ProcessInlinesEnd += (inlineProcessor, _) => Link(inlineProcessor.Document, pageOptions);
    }

    private void Link(MarkdownDocument document, GlossaryLinkOptions pageOptions)
    {
        var links = new GlossaryPageLinks(pageOptions.GlossaryHref);
        document.SetData(typeof(GlossaryPageLinks), links);
        document.SetData(GlossaryPageLinks.UsedIdsKey, links.Ids);
        if (!pageOptions.IsGlossaryPage)
        {
            new GlossaryLinker(Matcher, links).LinkBlocks(document);
        }
    }
}
