using System.CommandLine;
using Course.Cli.Packaging;

namespace Course.Cli.Commands;

/// <summary><c>course package --format scorm12|scorm2004|zip [--language kk] [--output FILE.zip]</c>: a package per language for an LMS, or the offline zip.</summary>
public static class PackageCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "scorm12, scorm2004 or zip (the file:// edition).", Required = true };
        format.AcceptOnlyFromAmong("scorm12", "scorm2004", "zip");
        var language = new Option<string?>("--language") { Description = "Only this language (default: one package per language)." };
        var output = new Option<string?>("--output") { Description = "The zip to write (with --language); default course-<lang>-<format>.zip." };
        var command = new Command("package", "Build the course and write a SCORM 1.2/2004 package or an offline zip per language.")
        {
            CommonOptions.Input, CommonOptions.Theme, format, language, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            PackageFormat chosen = parse.GetValue(format) switch
            {
                "scorm12" => PackageFormat.Scorm12,
                "scorm2004" => PackageFormat.Scorm2004,
                _ => PackageFormat.Zip,
            };
            return await CoursePackager.RunAsync(CommonOptions.Read(parse), chosen, parse.GetValue(language), parse.GetValue(output), Console.Out, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
