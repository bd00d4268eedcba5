using System.Text.RegularExpressions;
using Course.Tests.Support;

namespace Course.Tests.Markdown;

/// <summary>
/// The examples of docs/authoring.md, read from the document itself, so the Markdown spec tests check what
/// authors are told and cannot drift from it.
/// </summary>
internal static partial class AuthoringExamples
{
    private static readonly Lazy<string> Text = new(() => Repo.ReadText("docs", "authoring.md").Replace("\r\n", "\n", StringComparison.Ordinal));

    /// <summary>The text of the "## <paramref name="heading"/>" section, up to the next "## " heading.</summary>
    public static string Section(string heading)
    {
        string text = Text.Value;
        int start = text.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/authoring.md has no section '## {heading}'.");
        int end = text.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>The top-level list item of the "## Markdown" section that starts with <c>- **<paramref name="name"/>**</c>.</summary>
    public static string Bullet(string name)
    {
        Match match = Regex.Match(Section("Markdown"), @"(?ms)^- \*\*" + Regex.Escape(name) + @"\*\*.*?(?=^- |\z)");
        Assert.True(match.Success, $"docs/authoring.md's Markdown section has no item '- **{name}**'.");
        return match.Value;
    }

    /// <summary>The fenced blocks with the info string <paramref name="info"/> in <paramref name="text"/>, their indentation removed.</summary>
    public static IReadOnlyList<string> Blocks(string text, string info = "markdown")
    {
        var blocks = new List<string>();
        foreach (Match match in FencedBlock().Matches(text))
        {
            if (match.Groups["info"].Value != info)
            {
                continue;
            }

            string indent = match.Groups["indent"].Value;
            IEnumerable<string> lines = match.Groups["body"].Value.Split('\n').Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart());
            blocks.Add(string.Join('\n', lines));
        }

        Assert.True(blocks.Count > 0, $"No ```{info} example found in: {text[..Math.Min(80, text.Length)]}…");
        return blocks;
    }

    /// <summary>The inline code spans of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> CodeSpans(string text) => [.. CodeSpan().Matches(text).Select(m => m.Groups[1].Value)];

    // A fence of three or more backticks (the outer fence of an example that holds a fence has four).
    [GeneratedRegex(@"(?ms)^(?<indent>[ ]*)(?<fence>`{3,})(?<info>\w*)\n(?<body>.*?)\n\k<indent>\k<fence>$")]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"(?<!`)`([^`\n]+)`(?!`)")]
    private static partial Regex CodeSpan();
}
