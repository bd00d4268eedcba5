using System.Text;
using Markdig.Syntax;

namespace Course.Web.Glossary.Parsing;

/// <summary>Recovers the Markdown source of parsed blocks, e.g. a definition, with its indentation removed.</summary>
internal static class BlockSource
{
    /// <summary>Continuation lines of a definition are indented; up to this many columns are removed.</summary>
    private const int DefinitionIndent = 4;

    public static string Read(IReadOnlyList<Block> blocks, string text, SourceLines lines)
    {
        List<Block> content = blocks.Where(b => b is not BlankLineBlock && b.Span.Length > 0).ToList();
        if (content.Count == 0)
        {
            return "";
        }

        int start = content[0].Span.Start;
        int firstLine = lines.LineOf(start);
        int lastLine = lines.LineOf(content.Max(b => b.Span.End));
        var builder = new StringBuilder(text[start..lines.EndOf(firstLine)]);
        for (int line = firstLine + 1; line <= lastLine; line++)
        {
            builder.Append('\n').Append(Dedent(lines[line]));
        }

        return builder.ToString().Trim();
    }

    /// <summary>The 0-based lines a block covers.</summary>
    public static (int First, int Last) LinesOf(Block block, SourceLines lines) =>
        (lines.LineOf(block.Span.Start), lines.LineOf(block.Span.End));

    private static string Dedent(string line)
    {
        int column = 0;
        int index = 0;
        while (index < line.Length && column < DefinitionIndent && line[index] is ' ' or '\t')
        {
            column += line[index] == '\t' ? DefinitionIndent - (column % DefinitionIndent) : 1;
            index++;
        }

        return line[index..];
    }
}
