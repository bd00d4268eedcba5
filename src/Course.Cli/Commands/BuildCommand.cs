using System.CommandLine;
using Course.Core.Execution;
using Course.Core.IO;
using Course.Web.Site;

namespace Course.Cli.Commands;

/// <summary><c>course build</c>: builds the course; the output folder changes only when the build succeeds.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var command = new Command("build", "Build the course into the output folder.")
        {
            CommonOptions.Input, CommonOptions.Output, CommonOptions.Theme, CommonOptions.IndexHtml, CommonOptions.Serial, CommonOptions.StrictTranslations, CommonOptions.NoSearchIndex, CommonOptions.Force, CommonOptions.PdfDir,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            BuildOptions options = CommonOptions.Read(parse);
            string output = Path.GetFullPath(parse.GetValue(CommonOptions.Output)!);
            return await RunAsync(options, output, Console.Out, cancellationToken, parse.GetValue(CommonOptions.Force)).ConfigureAwait(false);
        });
        return command;
    }

    public static async Task<int> RunAsync(BuildOptions options, string output, TextWriter console, CancellationToken cancellationToken, bool force = false)
    {
        if (!Directory.Exists(options.InputRoot))
        {
            console.WriteLine($"error: the course folder '{options.InputRoot}' does not exist. Pass --input DIR.");
            return ExitCodes.BadUsage;
        }

        if (CommonOptions.CheckedOutput(output, options, force, console) is not { } checkedOutput)
        {
            return ExitCodes.BadUsage;
        }

        output = checkedOutput;

        // Pages are written to a staging folder beside the output and moved in only when the whole build succeeded.
        string staging = output + ".staging";
        if (Directory.Exists(staging) && !File.Exists(Path.Combine(staging, StagingMarker)) && Directory.EnumerateFileSystemEntries(staging).Any())
        {
            console.WriteLine($"error: the staging folder '{Core.IO.DisplayPaths.For(staging)}' exists and was not made by the generator. Fix: move it away or choose another --output.");
            return ExitCodes.BadUsage;
        }

        DeleteFolder(staging);
        Directory.CreateDirectory(staging);
        await File.WriteAllTextAsync(Path.Combine(staging, StagingMarker), string.Empty, cancellationToken).ConfigureAwait(false);
        try
        {
            BuildResult result = await CourseSite.BuildAsync(options with { StagingRoot = staging }, cancellationToken).ConfigureAwait(false);
            BuildReport.Print(result, console);
            if (!result.Succeeded)
            {
                console.WriteLine($"Build failed: {result.ErrorCount} error(s). The output folder was left as it was.");
                return ExitCodes.ContentErrors;
            }

            File.Delete(Path.Combine(staging, StagingMarker));
            CommitStats stats = OutputCommitter.Commit(output, result.Files, stagingRoot: staging);
            console.WriteLine($"Wrote {stats.Written} file(s), {stats.Unchanged} unchanged, {stats.Deleted} removed, in {result.Elapsed.TotalSeconds:0.00} s → {DisplayPaths.For(output)}");
            return ExitCodes.Built;
        }
        finally
        {
            DeleteFolder(staging);
        }
    }

    // Marks the staging folder as the generator's, so a later build may delete it.
    private const string StagingMarker = ".course-staging";

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
