using System.Text;
using Course.Cli.Commands;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>
/// One build of the mini course with every kind of bad input of issue #11 at once (one run reports them
/// all), and a few pages that are fine although unusual (BOM and CRLF, allowed HTML).
/// </summary>
public sealed class BrokenInputFixture : IAsyncLifetime
{
    private readonly TempFolder temp = new();

    public string Report { get; private set; } = string.Empty;

    public int ExitCode { get; private set; }

    public string Output => temp.Combine("output");

    public async ValueTask InitializeAsync()
    {
        string input = MiniCourse.CopyTo(temp.Combine("input"));
        string kk = Path.Combine(input, "kk", MiniCourse.Chapter);
        void Page(string name, string frontMatter, string body) =>
            File.WriteAllText(Path.Combine(kk, name), $"---\n{frontMatter}\n---\n\n{body}\n");

        // 3. typed front matter
        Page("typed-title.md", "title:\n  - one\n  - two\ndescription: d\norder: 7", "Text.");
        Page("typed-map.md", "title: t\ndescription:\n  a: b\norder: 8", "Text.");
        Page("typed-order.md", "title: t\ndescription: d\norder: abc", "Text.");
        Page("typed-list.md", "title: t\ndescription: d\norder: 9\ntakeaways: just one sentence", "Text.");
        Page("unknown-key.md", "title: t\ndescripton: d\norder: 10", "Text.");
        Page("wrong-lang.md", "title: t\ndescription: d\norder: 11\nlang: ru", "Text.");

        // 4. encoding: a Windows-1251 byte on line 7, column 4
        byte[] latin = [.. Encoding.UTF8.GetBytes("---\ntitle: t\ndescription: d\norder: 12\n---\n\nҚаз"), 0xE0, .. Encoding.UTF8.GetBytes(" text.\n")];
        File.WriteAllBytes(Path.Combine(kk, "bad-bytes.md"), latin);
        File.WriteAllBytes(Path.Combine(kk, "bom-crlf.md"), [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("---\r\ntitle: BOM and CRLF\r\ndescription: d\r\norder: 13\r\n---\r\n\r\n## Heading\r\n\r\nText.\r\n")]);

        // 5. pathological nesting
        Page("deep-list.md", "title: t\ndescription: d\norder: 14", string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- item\n")));
        Page("deep-quote.md", "title: t\ndescription: d\norder: 15", new string('>', 20000) + " quoted");
        File.WriteAllText(Path.Combine(input, "ru", MiniCourse.Chapter, "quiz.yml"), File.ReadAllText(Path.Combine(input, "ru", MiniCourse.Chapter, "quiz.yml")).Replace("questions:\n  - id:", "questions:\n\t- id:", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(kk, "quiz.yml"), "title: {{{\nquestions: []\n");

        // 6. addresses
        Page("жаңа бет (1).md", "title: t\ndescription: d\norder: 16", "Text.");
        Directory.CreateDirectory(Path.Combine(input, "kk", "dup"));
        File.WriteAllText(Path.Combine(input, "kk", "dup", "index.md"), "---\ntitle: t\ndescription: d\n---\n\nText.\n");
        File.Copy(Path.Combine(input, "kk", "dup", "index.md"), Path.Combine(input, "kk", "dup.md"));

        // 7. raw HTML
        Page("raw-script.md", "title: t\ndescription: d\norder: 18", "Before.\n\n<script>alert(1)</script>\n\nAfter <iframe src=\"https://example.org\"></iframe>.\n\n<object data=\"x.swf\"></object>\n");
        Page("raw-handler.md", "title: t\ndescription: d\norder: 19", "Text <span onclick=\"steal()\">here</span>.\n\n<img src=\"a.png\" alt=\"a\" onerror=\"steal()\">\n");
        Page("raw-javascript.md", "title: t\ndescription: d\norder: 20", "A [link](javascript:alert(1)) and <a href=\"jav&#x61;script:alert(1)\">another</a>.\n");
        Page("raw-allowed.md", "title: t\ndescription: d\norder: 21", "<details>\n<summary>Answer</summary>\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd>; H<sub>2</sub>O, x<sup>2</sup>, <abbr title=\"Criminal Code\">CC</abbr>,<br>done.\n\n</details>\n");

        var console = new StringWriter();
        ExitCode = await BuildCommand.RunAsync(new BuildOptions(input, Repo.Theme), Output, console, CancellationToken.None);
        Report = console.ToString();
    }

    public ValueTask DisposeAsync()
    {
        temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
