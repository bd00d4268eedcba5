using System.CommandLine;

namespace Course.Cli.Commands;

/// <summary>The command line: build, preview, translations; bad usage exits with 2 and says why.</summary>
public static class CourseCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Course: builds a bilingual e-learning site from Markdown chapters, quizzes and a glossary.")
        {
            BuildCommand.Create(),
            PreviewCommand.Create(),
            TranslationsCommand.Create(),
            PackageCommand.Create(),
            PdfCommand.Create(),
            CheckCommand.Create(),
            NewCommand.Create(),
        };
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }

            Console.Error.WriteLine("Run 'course --help' for the commands and options.");
            return ExitCodes.BadUsage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Authors never see a stack trace; COURSE_DEBUG=1 shows it to generator developers.
            Console.Error.WriteLine($"error: the generator failed unexpectedly: {exception.Message}");
            if (Environment.GetEnvironmentVariable("COURSE_DEBUG") == "1")
            {
                Console.Error.WriteLine(exception);
            }

            return exception is IOException or UnauthorizedAccessException ? ExitCodes.InputOutputFailure : ExitCodes.ContentErrors;
        }
    }
}
