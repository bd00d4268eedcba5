using System.CommandLine;
using System.Globalization;
using Course.Core.Execution;
using Course.Core.IO;
using Course.Web.Site;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course build</c>: builds the course into a staging folder beside the output and publishes it
/// atomically only when the build succeeded; the output is always exactly the previous site or the new one.
/// </summary>
public static class BuildCommand
{
    // Marks the staging folder as the generator's, so a later build may delete it.
    private const string StagingMarker = ".course-staging";

    public static Command Create()
    {
        var command = new Command("build", "Build the course into the output folder.")
        {
            CommonOptions.Input, CommonOptions.Messages, CommonOptions.Output, CommonOptions.Theme, CommonOptions.IndexHtml, CommonOptions.Serial, CommonOptions.StrictTranslations, CommonOptions.NoSearchIndex, CommonOptions.Force, CommonOptions.PdfDir,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            BuildOptions options = CommonOptions.Read(parse);
            string output = Path.GetFullPath(parse.GetValue(CommonOptions.Output)!);
            return await RunAsync(options, output, Console.Out, cancellationToken, parse.GetValue(CommonOptions.Force)).ConfigureAwait(false);
        });
        return command;
    }

    /// <param name="publisher">Publishes the site (tests pass one that fails on purpose).</param>
    public static async Task<int> RunAsync(BuildOptions options, string output, TextWriter console, CancellationToken cancellationToken, bool force = false, SitePublisher? publisher = null)
    {
        if (!Directory.Exists(options.InputRoot))
        {
            console.WriteLine($"error: the course folder '{options.InputRoot}' does not exist. Pass --input DIR.");
            return ExitCodes.BadUsage;
        }

        try
        {
            SitePublisher.Recover(Path.GetFullPath(output));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return InputOutputFailure(console, $"could not put back the previous site from '{DisplayPaths.For(SitePublisher.PreviousFolder(output))}': {exception.Message}");
        }

        if (CommonOptions.CheckedOutput(output, options, force, console) is not { } checkedOutput)
        {
            return ExitCodes.BadUsage;
        }

        output = checkedOutput;
        string staging = output + ".staging";
        if (Directory.Exists(staging) && !File.Exists(Path.Combine(staging, StagingMarker)) && Directory.EnumerateFileSystemEntries(staging).Any())
        {
            console.WriteLine($"error: the staging folder '{DisplayPaths.For(staging)}' exists and was not made by the generator. Fix: move it away or choose another --output.");
            return ExitCodes.BadUsage;
        }

        try
        {
            DeleteFolder(staging);
            Directory.CreateDirectory(staging);
            await File.WriteAllTextAsync(Path.Combine(staging, StagingMarker), string.Empty, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return InputOutputFailure(console, $"could not create the staging folder '{DisplayPaths.For(staging)}': {exception.Message}");
        }

        try
        {
            BuildResult result = await CourseSite.BuildAsync(options with { StagingRoot = staging }, cancellationToken).ConfigureAwait(false);
            BuildReport.PrintDetails(result, console);
            if (!result.Succeeded)
            {
                BuildReport.PrintSummary(result, console);
                console.WriteLine($"Build failed: {result.ErrorCount} error(s). The output folder was left as it was.");
                return result.InputOutputFailed ? ExitCodes.InputOutputFailure : ExitCodes.ContentErrors;
            }

            File.Delete(Path.Combine(staging, StagingMarker));
            CommitStats stats;
            try
            {
                stats = (publisher ?? new SitePublisher()).Publish(output, result.Files, staging);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return InputOutputFailure(console, $"could not publish the site into '{DisplayPaths.For(output)}': {exception.Message}");
            }

            BuildReport.PrintSummary(result, console);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {stats.Written} file(s), {stats.Unchanged} unchanged, {stats.Deleted} removed, in {result.Elapsed.TotalSeconds:0.00} s → {DisplayPaths.For(output)}"));
            return ExitCodes.Built;
        }
        finally
        {
            try
            {
                DeleteFolder(staging);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.WriteLine($"warning: could not remove the staging folder '{DisplayPaths.For(staging)}': {exception.Message}");
            }
        }
    }

    private static int InputOutputFailure(TextWriter console, string message)
    {
        console.WriteLine($"error: {message}");
        console.WriteLine("Build failed: the output folder was left as it was (exit code 3: a file could not be read or written).");
        return ExitCodes.InputOutputFailure;
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
