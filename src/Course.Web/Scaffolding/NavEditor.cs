using System.Text.RegularExpressions;

namespace Course.Web.Scaffolding;

/// <summary>
/// Inserts a chapter into <c>nav</c> of course.yml by editing the text, so the author's comments, quoting and
/// layout of every other line stay as they were. Both YAML list styles are understood: <c>nav: [a, b]</c> and
/// a block list of <c>- a</c> lines.
/// </summary>
public static partial class NavEditor
{
    /// <summary>The text with <paramref name="slug"/> placed right after <paramref name="after"/>; null when there is no nav list.</summary>
    public static string? Insert(string courseYaml, string slug, string after)
    {
        string text = courseYaml.Replace("\r\n", "\n");
        Match flow = FlowNav().Match(text);
        if (flow.Success)
        {
            List<string> items = [.. flow.Groups["items"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            int at = items.FindIndex(i => Unquote(i) == after);
            items.Insert(at < 0 ? items.Count : at + 1, slug);
            return text[..flow.Groups["items"].Index] + string.Join(", ", items) + text[(flow.Groups["items"].Index + flow.Groups["items"].Length)..];
        }

        Match block = BlockNav().Match(text);
        if (!block.Success)
        {
            return null;
        }

        MatchCollection lines = BlockItem().Matches(block.Groups["items"].Value);
        Match? anchor = lines.FirstOrDefault(l => Unquote(l.Groups["value"].Value) == after) ?? lines.LastOrDefault();
        if (anchor is null)
        {
            return null;
        }

        int insertAt = block.Groups["items"].Index + anchor.Index + anchor.Length;
        string line = "\n" + anchor.Groups["indent"].Value + "- " + slug;
        return text[..insertAt] + line + text[insertAt..];
    }

    /// <summary>The nav entries in order (both styles), for choosing where a new chapter goes.</summary>
    public static IReadOnlyList<string> Entries(string courseYaml)
    {
        string text = courseYaml.Replace("\r\n", "\n");
        Match flow = FlowNav().Match(text);
        if (flow.Success)
        {
            return [.. flow.Groups["items"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Unquote)];
        }

        Match block = BlockNav().Match(text);
        return block.Success ? [.. BlockItem().Matches(block.Groups["items"].Value).Select(m => Unquote(m.Groups["value"].Value))] : [];
    }

    private static string Unquote(string value) => value.Trim().Trim('"', '\'');

    [GeneratedRegex(@"^nav:[ \t]*\[(?<items>[^\]\n]*)\]", RegexOptions.Multiline)]
    private static partial Regex FlowNav();

    [GeneratedRegex(@"^nav:[ \t]*(#[^\n]*)?\n(?<items>(?:[ \t]*-[^\n]*(?:\n|$))+)", RegexOptions.Multiline)]
    private static partial Regex BlockNav();

    [GeneratedRegex(@"^(?<indent>[ \t]*)-[ \t]*(?<value>[^\n#]*?)[ \t]*(#[^\n]*)?$", RegexOptions.Multiline)]
    private static partial Regex BlockItem();
}
