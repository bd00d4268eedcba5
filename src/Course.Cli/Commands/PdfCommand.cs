using System.CommandLine;
using Course.Cli.Printing;

namespace Course.Cli.Commands;

/// <summary><c>course pdf [--language kk] [--output DIR] [--chromium PATH]</c>: the print edition of each language as course-&lt;lang&gt;.pdf.</summary>
public static class PdfCommand
{
    public static Command Create()
    {
        var language = new Option<string?>("--language") { Description = "Only this language (default: a PDF per language)." };
        var output = new Option<string>("--output") { Description = "The folder for course-<lang>.pdf; the build's --pdf-dir reads the same folder.", DefaultValueFactory = _ => "pdf" };
        var chromium = new Option<string>("--chromium") { Description = $"Chromium's executable (default: ${CoursePdf.ChromiumVariable}, else {CoursePdf.DefaultChromium}).", DefaultValueFactory = _ => CoursePdf.ChromiumFromEnvironment() };
        var command = new Command("pdf", "Build the course and print each language's print edition to a PDF with headless Chromium.")
        {
            CommonOptions.Input, CommonOptions.Theme, language, output, chromium,
        };
        command.SetAction(async (parse, cancellationToken) => await CoursePdf.RunAsync(
            CommonOptions.Read(parse), parse.GetValue(language), Path.GetFullPath(parse.GetValue(output)!), parse.GetValue(chromium)!, Console.Out, cancellationToken).ConfigureAwait(false));
        return command;
    }
}
