using Course.Core.Diagnostics;
using Markdig;
using Markdig.Extensions.DefinitionLists;
using Markdig.Syntax;

namespace Course.Web.Glossary.Parsing;

/// <summary>Walks the top-level blocks of a definitions section and turns its definition lists into entries.</summary>
internal sealed class GlossaryDocumentReader(string displayPath, string text, int bodyLineOffset, string lang)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseDefinitionLists().Build();

    private readonly SourceLines lines = new(text);
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<ParsedEntry> entries = [];
    private readonly List<Block> introBlocks = [];
    private readonly List<string> continuation = [];
    private bool seenList;

    public IReadOnlyList<ParsedEntry> Entries => entries;

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public string IntroMarkdown => BlockSource.Read(introBlocks, text, lines);

    public void Read()
    {
        MarkdownDocument document = Markdig.Markdown.Parse(text, Pipeline);
        foreach (Block block in document)
        {
            if (block is DefinitionList list)
            {
                seenList = true;
                ReadList(list);
            }
            else if (!OrphanTermLines.Report(block, lines, Report))
            {
                KeepOrIgnore(block);
            }
        }

        JoinContinuation();
    }

    /// <summary>Reports at a 0-based line index and column of the body.</summary>
    public void Report(int lineIndex, int column, string message, string fix) =>
        diagnostics.Add(Diagnostic.Error(displayPath, lineIndex + 1 + bodyLineOffset, column + 1, message, fix));

    private void ReadList(DefinitionList list)
    {
        foreach (DefinitionItem item in list.OfType<DefinitionItem>())
        {
            List<DefinitionTerm> terms = item.OfType<DefinitionTerm>().ToList();
            string definition = BlockSource.Read(item.Where(b => b is not DefinitionTerm).ToList(), text, lines);
            if (terms.Count == 0)
            {
                AppendToPrevious(definition);
                continue;
            }

            foreach (DefinitionTerm extra in terms.Skip(1))
            {
                Report(extra.Line, 0, "Several term lines share one definition.",
                    "Give each term its own ': definition' line, or list other spellings in aliases=\"…; …\".");
            }

            AddEntry(terms[0], item, definition);
        }
    }

    private void AddEntry(DefinitionTerm term, DefinitionItem item, string definition)
    {
        int lineIndex = term.Line;
        GlossaryTermLine? termLine = GlossaryTermLineParser.Parse(lines[lineIndex], (column, message, fix) => Report(lineIndex, column, message, fix));
        if (termLine is null)
        {
            return;
        }

        if (definition.Length == 0)
        {
            Report(item.Line, item.Column, $"The definition of '{termLine.Term.Text}' is empty.", "Write the definition after ': ' on the line below the term.");
            return;
        }

        var entry = new GlossaryEntry(termLine.Id, lang, termLine.Term.Text, termLine.Kind, termLine.Aliases.Select(a => a.Text).ToList(),
            definition, displayPath, lineIndex + 1 + bodyLineOffset, termLine.Term.Column + 1)
        {
            Avoid = termLine.Avoid.Select(a => a.Text).ToList(),
        };
        JoinContinuation();
        entries.Add(new ParsedEntry(entry, lineIndex, termLine));
    }

    /// <summary>
    /// A second ': …' under the same term continues its definition as a new paragraph. The paragraphs are
    /// joined once, when the entry is complete: appending each to the growing text was quadratic (8,000
    /// repeated definition lines took 36 s of CPU).
    /// </summary>
    private void AppendToPrevious(string definition)
    {
        if (entries.Count > 0 && definition.Length > 0)
        {
            continuation.Add(definition);
        }
    }

    private void JoinContinuation()
    {
        if (continuation.Count == 0)
        {
            return;
        }

        ParsedEntry last = entries[^1];
        entries[^1] = last with { Entry = last.Entry with { DefinitionMarkdown = string.Join("\n\n", [last.Entry.DefinitionMarkdown, .. continuation]) } };
        continuation.Clear();
    }

    private void KeepOrIgnore(Block block)
    {
        if (block is HtmlBlock or BlankLineBlock or LinkReferenceDefinitionGroup or ThematicBreakBlock)
        {
            return;
        }

        if (!seenList)
        {
            introBlocks.Add(block);
            return;
        }

        diagnostics.Add(Diagnostic.Warning(displayPath, block.Line + 1 + bodyLineOffset, block.Column + 1,
            "This text is not part of any definition, so the glossary page leaves it out.",
            "Indent it by 4 spaces to continue the definition above, or move it before the first term."));
    }
}
