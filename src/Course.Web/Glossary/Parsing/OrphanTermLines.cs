using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Course.Web.Glossary.Parsing;

/// <summary>
/// Finds term lines that Markdown did not read as terms because the definition line is missing or empty
/// (a lone ':' is not a definition), so they are reported instead of silently becoming ordinary text.
/// </summary>
internal static partial class OrphanTermLines
{
    /// <returns>True when the block contained such a line (and it was reported).</returns>
    public static bool Report(Block block, SourceLines lines, Action<int, int, string, string> report)
    {
        if (block is not ParagraphBlock)
        {
            return false;
        }

        bool found = false;
        (int first, int last) = BlockSource.LinesOf(block, lines);
        for (int line = first; line <= last; line++)
        {
            if (!TermLinePattern().IsMatch(lines[line]))
            {
                continue;
            }

            found = true;
            string term = lines[line][..lines[line].LastIndexOf('{')].Trim();
            if (line < last && lines[line + 1].Trim() == ":")
            {
                report(line + 1, lines[line + 1].IndexOf(':'), $"The definition of '{term}' is empty.",
                    "Write the definition on the same line as ':', after a space.");
            }
            else
            {
                report(line, 0, $"The term line '{term}' has no definition.",
                    "Write the definition on the next line, starting with ': '.");
            }
        }

        return found;
    }

    [GeneratedRegex(@"\{\s*[#.][^{}]*\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TermLinePattern();
}
