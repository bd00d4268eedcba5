using System.Text;

namespace Course.Tests.Fuzz;

/// <summary>Applies a <see cref="MutationKind"/> to a file's bytes, deterministically from the case's seed.</summary>
public static class Mutator
{
    private static readonly string[] YamlTokens =
    [
        "\t", "{{{", "[", "]", "- ", "? ", "&a ", "*a ", "!!binary ", "\"", "'", ": ", "#", "|", ">", "   ", "---", "...", "%YAML 1.2",
        "<<: *a", "{a: [b, {c: d}]}", "title: [x]", "order: abc", "type: nonsense", "questions: {}", "- id: x\n  type: single",
        "&a [*a, *a]", "x: &b [1, 2]\ny: [*b, *b, *b]", "lang: ru", "rawHtml: maybe", "languages: []", "nav: [nowhere]",
    ];

    private static readonly string[] NestingPrefixes = ["> ", "- ", "1. ", "  ", "* ", ">", "+ ", "    "];

    private static readonly string[] InlineRuns = ["*", "_", "[", "]", "`", "<", "(", "![", "[^", "~", "**", "{", "|", "\\", "&#"];

    private static readonly string[] Snippets =
    [
        "<script>alert(1)</script>", "<details><summary>a</summary>", "</details>", "<span onclick=x>y</span>", "[a](javascript:x)",
        "<a href='jav&#x61;script:x'>a</a>", "<!--", "-->", "<div>", "</div>", "[a](../nowhere.md)", "[a](#nothing)", "## Heading {#id}",
        "```chart\ntype: bar\nlabels: [a]\nseries:\n  - name: s\n    values: [x]\n```", "```", "~~~", "| a | b |\n|---|---|\n| 1 |",
        "[^1]", "[^1]: note", ": definition", "> [!NOTE]", "> [!NOSUCH]", "<iframe src=x>", "<img src=x onerror=y>", "{#dup .term}",
        "Term {#x .term aliases=\"a; ; b\"}\n: def", "- [ ] task", "# Title", "<kbd>x</kbd>", "[link](definition.md#nowhere)", "<br>",
        "[[x]]", "&nbsp;&#0;&#xD800;", "<", "\u0000",
    ];

    private static readonly string[] Characters =
    [
        "қ", "ә", "Ё", "\u0301", "\u200f", "\u200d", "😀", "\ufeff", "\ufffe", "\u2028", "\r", "\u00a0", "İ", "ß", "\u0000", "\ud7ff",
    ];

    public static byte[] Apply(byte[] original, MutationKind kind, Random random, int count)
    {
        byte[] bytes = original;
        for (int i = 0; i < count; i++)
        {
            bytes = kind switch
            {
                MutationKind.Bytes => MutateBytes(bytes, random),
                MutationKind.Lines => MutateLines(bytes, random),
                MutationKind.YamlStructure => InsertAtLine(bytes, random, Pick(random, YamlTokens), atStart: random.Next(2) == 0),
                MutationKind.MarkdownNesting => Nest(bytes, random),
                MutationKind.HtmlAndLinks => InsertAtLine(bytes, random, Pick(random, Snippets), atStart: random.Next(2) == 0),
                MutationKind.Truncate => bytes[..random.Next(bytes.Length + 1)],
                MutationKind.Unicode => InsertAtLine(bytes, random, Pick(random, Characters), atStart: false),
                _ => Repeat(bytes, random),
            };
        }

        return bytes;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static byte[] MutateBytes(byte[] bytes, Random random)
    {
        var list = new List<byte>(bytes);
        int at = random.Next(list.Count + 1);
        switch (random.Next(3))
        {
            case 0 when list.Count > 0:
                list[Math.Min(at, list.Count - 1)] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                list.InsertRange(at, Enumerable.Range(0, random.Next(1, 4)).Select(_ => (byte)random.Next(0x80, 0x100)));
                break;
            default:
                list.InsertRange(at, [(byte)"\0\r\n\t\u001b"[random.Next(5)]]);
                break;
        }

        return [.. list];
    }

    private static byte[] MutateLines(byte[] bytes, Random random)
    {
        List<string> lines = [.. Encoding.UTF8.GetString(bytes).Split('\n')];
        int a = random.Next(lines.Count);
        int b = random.Next(lines.Count);
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(a);
                break;
            case 1:
                lines.Insert(b, lines[a]);
                break;
            case 2:
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            default:
                lines[a] = new string(' ', random.Next(1, 9)) + lines[a];
                break;
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] InsertAtLine(byte[] bytes, Random random, string text, bool atStart)
    {
        List<string> lines = [.. Encoding.UTF8.GetString(bytes).Split('\n')];
        int line = random.Next(lines.Count);
        string current = lines[line];
        int column = atStart ? 0 : random.Next(current.Length + 1);
        lines[line] = current[..column] + text + current[column..];
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] Nest(byte[] bytes, Random random)
    {
        int depth = random.Next(1, 200);
        string text = random.Next(2) == 0
            ? string.Concat(Enumerable.Repeat(Pick(random, NestingPrefixes), depth)) + "nested"
            : string.Concat(Enumerable.Repeat(Pick(random, InlineRuns), depth)) + "x";
        return InsertAtLine(bytes, random, "\n" + text + "\n", atStart: true);
    }

    private static byte[] Repeat(byte[] bytes, Random random)
    {
        List<string> lines = [.. Encoding.UTF8.GetString(bytes).Split('\n')];
        int line = random.Next(lines.Count);
        lines.InsertRange(line, Enumerable.Repeat(lines[line], random.Next(10, 1000)));
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
