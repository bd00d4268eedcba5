using Course.Cli.Commands;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>
/// One build of the mini course with every kind of bad input of issue #11 at once (one run reports them
/// all: <see cref="BrokenPages"/> and two broken quiz banks), and a few pages that are fine although unusual (BOM and CRLF, allowed HTML).
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
        BrokenPages.WriteInto(input);

        // quiz banks YAML cannot read: a tab where the indentation is, and braces left open
        string ruBank = Path.Combine(input, "ru", MiniCourse.Chapter, "quiz.yml");
        File.WriteAllText(ruBank, File.ReadAllText(ruBank).Replace("questions:\n  - id:", "questions:\n\t- id:", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(input, "kk", MiniCourse.Chapter, "quiz.yml"), "title: {{{\nquestions: []\n");

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
