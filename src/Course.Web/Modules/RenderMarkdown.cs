using System.Collections.Concurrent;
using System.Text;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Core.Text;
using Course.Web.Caching;
using Course.Web.Markdown;
using Course.Web.Markdown.Charts;
using Course.Web.Site;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Course.Web.Modules;

/// <summary>
/// Per page: parses the Markdown body once, resolves links to other pages, reads the headings for the
/// table of contents, and renders the HTML fragment. Problems are reported at their file:line:column.
/// </summary>
public sealed class RenderMarkdown(IMarkdownSetup setup) : Module
{
    private readonly ConcurrentDictionary<string, MarkdownPipeline> pipelines = new(StringComparer.Ordinal);
    private readonly StringBuilderPool output = new();

    private LinkResolver? links;
    private string signature = string.Empty;
    private PreviewCache? cache;
    private Markdown.RawHtml.RawHtmlMode rawHtml;

    protected override void Prepare(IExecutionContext context)
    {
        // Preview rebuilds the whole site on every save: a page whose text and surroundings did not change is not rendered again.
        cache = context.Services.TryGet<PreviewCache>();
        var paths = new HashSet<string>(context.Outputs.FromPipeline("Inputs").Select(d => d.RelativePath), StringComparer.Ordinal);
        bool indexHtml = context.Services.Get<CourseSettings>().UseIndexHtml;
        rawHtml = context.Services.Get<CourseSettings>().RawHtml;
        links = new LinkResolver(paths, indexHtml);
        signature = cache is not null ? Hash(string.Join('\n', paths.Order(StringComparer.Ordinal)) + indexHtml + rawHtml + setup.GetType().Name + setup.Signature(context)) : string.Empty;
    }

    protected override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
    {
        if (input.Get<PageKind>(CourseKeys.Kind) == PageKind.Fallback)
        {
            return [input];
        }

        if (cache is null)
        {
            Document page = Render(input, context, out List<Diagnostic> problems);
            context.Diagnostics.AddRange(problems);
            return [page];
        }

        var key = new RenderKey(signature, input.Content, input.GetString(CourseKeys.UrlPath), input.GetString(Keys.DisplayPath), input.Get<int>(Keys.BodyLineOffset));
        string slot = setup.GetType().Name + ":" + input.RelativePath;
        if (cache.Render(slot, key) is { } cached)
        {
            context.Diagnostics.AddRange(cached.Diagnostics);
            return [input.WithContent(cached.Html).WithMetadata(cached.Metadata)];
        }

        Document rendered = Render(input, context, out List<Diagnostic> diagnostics);
        context.Diagnostics.AddRange(diagnostics);
        cache.Keep(slot, new CachedRender(key, rendered.Content, [.. rendered.Metadata.Where(kv => !input.Metadata.ContainsKey(kv.Key))], [.. diagnostics]));
        return [rendered];
    }

    private static string Hash(string text) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private Document Render(Document input, IExecutionContext context, out List<Diagnostic> diagnostics)
    {
        string lang = input.GetString(CourseKeys.Lang);
        MarkdownPipeline pipeline = pipelines.GetOrAdd(lang, l => setup.PipelineFor(context, l));
        string display = input.GetString(Keys.DisplayPath, input.RelativePath);
        int offset = input.Get<int>(Keys.BodyLineOffset);
        string markdown = input.Content;
        if (NestingLimit.FirstTooDeep(markdown) is var (line, depth, construct))
        {
            diagnostics = [Diagnostic.Error(display, line + offset, 1, $"{char.ToUpperInvariant(construct[0])}{construct[1..]} nested {depth} levels deep; at most {NestingLimit.MaxDepth} are allowed.", "Flatten the nesting: split the list or quote, or use headings instead of deeper levels.")];
            return input.WithContent(string.Empty);
        }

        MarkdownDocument document = Markdig.Markdown.Parse(markdown, pipeline);
        setup.AfterParse(document, input, context);
        diagnostics = [];
        diagnostics.AddRange(Markdown.RawHtml.RawHtmlChecker.Check(document, rawHtml, display, offset));
        IReadOnlyList<PendingAnchor> anchors = links!.Resolve(document, input.RelativePath, input.GetString(CourseKeys.UrlPath), display, offset, diagnostics);
        foreach (ChartBlock chart in document.Descendants<ChartBlock>().Where(c => c.Error is not null))
        {
            diagnostics.Add(Diagnostic.Error(display, chart.ErrorLine + offset, chart.ErrorColumn, chart.Error!, "Fix the chart's YAML as in docs/authoring.md (type, labels, series with values)."));
        }

        foreach (HeadingBlock heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            diagnostics.Add(Diagnostic.Warning(display, heading.Line + 1 + offset, 1, "A '#' heading in the body: the page title is already the page's heading.", "Start the body's headings at '##'."));
        }

        string html = output.Use(builder =>
        {
            var writer = new StringWriter(builder);
            var renderer = new HtmlRenderer(writer);
            pipeline.Setup(renderer);
            renderer.Render(document);
            writer.Flush();
            return builder.ToString();
        });
        return input.WithContent(html).WithMetadata(
        [
            new(CourseKeys.Headings, Headings(document)),
            new(CourseKeys.Words, HtmlText.CountWords(html)),
            new(nameof(PendingAnchor), anchors),
            new(CourseKeys.GlossaryUsed, MarkdownDocumentData.GlossaryUsed(document)),
        ]).WithMetadata(setup.AfterRender(document, input, context));
    }

    private static List<HeadingInfo> Headings(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3)
            .Select(h => new HeadingInfo(h.Level, h.GetAttributes().Id ?? string.Empty, InlineText.Of(h.Inline)))
            .ToList();
}
