using System.Globalization;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Course.Web.Markdown.HeadingIds;

/// <summary>
/// GitHub-style heading ids, the same as Markdig's <c>UseAutoIdentifiers(AutoIdentifierOptions.GitHub)</c> gives
/// (Markdig 1.6: text of the heading's inlines, letters and digits lower-cased, '-' and '_' kept, spaces as '-',
/// "section" when empty, "-1", "-2"... on a repeat). Markdig lower-cases with char.ToLowerInvariant, which asks ICU
/// for every Cyrillic letter and was 40 % of parsing a page; here Latin and Cyrillic come from a table.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    // Markdig's key for the ids a document has used, kept so that anything reading it still finds them.
    private const string IdentifiersKey = "AutoIdentifier";

    // The last repeat suffix given to each base id of the document.
    private const string RepeatsKey = "HeadingIdRepeats";

    private static readonly char[] LowerCase = [.. Enumerable.Range(0, 0x530).Select(c => char.ToLowerInvariant((char)c))];

    private readonly ProcessInlineDelegate processInlinesEnd;

    public HeadingIdExtension()
    {
        processInlinesEnd = OnProcessInlinesEnd;
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= OnClosed;
            headings.Closed += OnClosed;
        }

        // a paragraph closes as a heading when it is a setext heading
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= OnClosed;
            paragraphs.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>The id Markdig's GitHub mode makes of a heading's plain text (before the "section" default and repeats).</summary>
    public static string Urilize(ReadOnlySpan<char> text)
    {
        Span<char> id = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int length = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                id[length++] = c < LowerCase.Length ? LowerCase[c] : char.ToLowerInvariant(c);
            }
            else if (c == ' ')
            {
                id[length++] = '-';
            }
        }

        return new string(id[..length]);
    }

    private void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += processInlinesEnd;
        }
    }

    private void OnProcessInlinesEnd(InlineProcessor processor, Inline? inline)
    {
        if (processor.Document.GetData(IdentifiersKey) is not HashSet<string> identifiers)
        {
            identifiers = [];
            processor.Document.SetData(IdentifiersKey, identifiers);
        }

        var heading = (HeadingBlock)processor.Block!;
        if (heading.Inline is null)
        {
            return;
        }

        HtmlAttributes attributes = heading.GetAttributes();
        if (attributes.Id is not null)
        {
            return;
        }

        // the heading's text without markup, as Markdig's own strip renderer writes it
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        renderer.Render(heading.Inline);
        string text = Urilize(writer.ToString());
        string baseId = text.Length == 0 ? "section" : text;
        string id = baseId;
        if (!identifiers.Add(id))
        {
            // Markdig tries "-1", "-2"... from 1 on every repeat: quadratic for a heading repeated thousands
            // of times. Every suffix below the last one given to this base is still taken (ids are never
            // released), so continuing from there gives the same ids.
            if (processor.Document.GetData(RepeatsKey) is not Dictionary<string, uint> repeats)
            {
                repeats = new Dictionary<string, uint>(StringComparer.Ordinal);
                processor.Document.SetData(RepeatsKey, repeats);
            }

            uint repeat = repeats.GetValueOrDefault(baseId);
            do
            {
                repeat++;
                id = baseId + "-" + repeat.ToString(CultureInfo.InvariantCulture);
            }
            while (!identifiers.Add(id));
            repeats[baseId] = repeat;
        }

        attributes.Id = id;
    }
}
