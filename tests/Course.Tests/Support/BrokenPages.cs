using System.Text;

namespace Course.Tests.Support;

/// <summary>
/// The bad pages of the broken-input tests (issue #11: typed front matter, encoding, nesting, addresses, raw HTML)
/// and two unusual pages that are fine (BOM and CRLF, allowed HTML), written into the mini course's first chapter
/// (kk). One writer for InputHardeningTests and the messages tests (BrokenCourse): InputHardeningTests assert
/// the exact line and column of each problem, so change a page only together with them.
/// </summary>
public static class BrokenPages
{
    public static void WriteInto(string input)
    {
        string kk = Path.Combine(input, "kk", MiniCourse.Chapter);
        void Page(string name, string frontMatter, string body) =>
            File.WriteAllText(Path.Combine(kk, name), $"---\n{frontMatter}\n---\n\n{body}\n");

        // typed front matter, and front matter that is missing or broken
        Page("typed-title.md", "title:\n  - one\n  - two\ndescription: d\norder: 7", "Text.");
        Page("typed-map.md", "title: t\ndescription:\n  a: b\norder: 8", "Text.");
        Page("typed-order.md", "title: t\ndescription: d\norder: abc", "Text.");
        Page("typed-list.md", "title: t\ndescription: d\norder: 9\ntakeaways: just one sentence", "Text.");
        Page("typed-item.md", "title: t\ndescription: d\norder: 9\ntakeaways:\n  - [a, b]", "Text.");
        Page("unknown-key.md", "title: t\ndescripton: d\norder: 10", "Text.");
        Page("wrong-lang.md", "title: t\ndescription: d\norder: 11\nlang: ru", "Text.");
        Page("no-title.md", "description: d\norder: 30", "Text.");
        Page("broken-yaml.md", "title: [unclosed\ndescription: d", "Text.");
        File.WriteAllText(Path.Combine(kk, "no-front-matter.md"), "Just text.\n");
        File.WriteAllText(Path.Combine(kk, "unclosed.md"), "---\ntitle: t\n\nText.\n");

        // encoding: a Windows-1251 byte on line 7, column 4; a byte order mark and CRLF line ends are fine
        byte[] latin = [.. Encoding.UTF8.GetBytes("---\ntitle: t\ndescription: d\norder: 12\n---\n\nҚаз"), 0xE0, .. Encoding.UTF8.GetBytes(" text.\n")];
        File.WriteAllBytes(Path.Combine(kk, "bad-bytes.md"), latin);
        File.WriteAllBytes(Path.Combine(kk, "bom-crlf.md"), [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("---\r\ntitle: BOM and CRLF\r\ndescription: d\r\norder: 13\r\n---\r\n\r\n## Heading\r\n\r\nText.\r\n")]);

        // pathological nesting
        Page("deep-list.md", "title: t\ndescription: d\norder: 14", string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- item\n")));
        Page("deep-quote.md", "title: t\ndescription: d\norder: 15", new string('>', 20000) + " quoted");

        // addresses
        Page("жаңа бет (1).md", "title: t\ndescription: d\norder: 16", "Text.");
        Directory.CreateDirectory(Path.Combine(input, "kk", "dup"));
        File.WriteAllText(Path.Combine(input, "kk", "dup", "index.md"), "---\ntitle: t\ndescription: d\n---\n\nText.\n");
        File.Copy(Path.Combine(input, "kk", "dup", "index.md"), Path.Combine(input, "kk", "dup.md"));

        // raw HTML: refused tags, attributes and URLs, and harmless tags that are allowed
        Page("raw-script.md", "title: t\ndescription: d\norder: 18", "Before.\n\n<script>alert(1)</script>\n\nAfter <iframe src=\"https://example.org\"></iframe>.\n\n<object data=\"x.swf\"></object>\n");
        Page("raw-handler.md", "title: t\ndescription: d\norder: 19", "Text <span onclick=\"steal()\">here</span> <b style=\"color: red\">bold</b> <kbd accesskey=\"k\">K</kbd>.\n\n<img src=\"a.png\" alt=\"a\" onerror=\"steal()\">\n");
        Page("raw-javascript.md", "title: t\ndescription: d\norder: 20", "A [link](javascript:alert(1)) and <a href=\"jav&#x61;script:alert(1)\">another</a>, ![image](javascript:x).\n");
        Page("raw-allowed.md", "title: t\ndescription: d\norder: 21", "<details>\n<summary>Answer</summary>\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd>; H<sub>2</sub>O, x<sup>2</sup>, <abbr title=\"Criminal Code\">CC</abbr>,<br>done.\n\n</details>\n");
    }
}
