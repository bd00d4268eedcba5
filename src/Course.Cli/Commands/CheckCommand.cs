using System.CommandLine;
using Course.Cli.Check;
using Course.Core.Execution;
using Course.Web.Site;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course check</c>: every content check of the build, nothing written (the pages stay in memory).
/// For CI: <c>--format github</c> annotates the pull request's lines, <c>--format json</c> feeds other tools.
/// </summary>
public static class CheckCommand
{
    public static readonly Option<DiagnosticFormat> Format = new("--format")
    {
        Description = "text (default), json, or github (GitHub Actions annotations).",
        DefaultValueFactory = _ => DiagnosticFormat.Text,
    };

    public static Command Create()
    {
        var command = new Command("check", "Run every content check of the build without writing any output; exit 1 on errors.")
        {
            CommonOptions.Input, CommonOptions.Messages, CommonOptions.Theme, CommonOptions.StrictTranslations, Format,
        };
        command.SetAction(async (parse, cancellationToken) =>
            await RunAsync(CommonOptions.Read(parse), parse.GetValue(Format), Console.Out, cancellationToken).ConfigureAwait(false));
        return command;
    }

    public static async Task<int> RunAsync(BuildOptions options, DiagnosticFormat format, TextWriter console, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.InputRoot))
        {
            await Console.Error.WriteLineAsync($"error: the course folder '{options.InputRoot}' does not exist. Pass --input DIR.").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        // No staging root: the site writer keeps pages in memory, so nothing on disk changes.
        BuildResult result = await CourseSite.BuildAsync(options with { StagingRoot = null }, cancellationToken).ConfigureAwait(false);
        DiagnosticPrinter.Print(result.Diagnostics, format, console);
        if (format == DiagnosticFormat.Text)
        {
            console.WriteLine($"{result.ErrorCount} error(s), {result.WarningCount} warning(s)");
        }

        return result.Succeeded ? ExitCodes.Built : ExitCodes.ContentErrors;
    }
}
