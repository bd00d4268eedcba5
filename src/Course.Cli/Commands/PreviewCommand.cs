using System.CommandLine;

namespace Course.Cli.Commands;

/// <summary><c>course preview</c>: builds, serves on 127.0.0.1, rebuilds on changes and reloads the browser.</summary>
public static class PreviewCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port to listen on (127.0.0.1 only).", DefaultValueFactory = _ => 5080 };
        var command = new Command("preview", "Build, serve on 127.0.0.1, rebuild on every change and reload the browser.")
        {
            CommonOptions.Input, CommonOptions.Messages, CommonOptions.Output, CommonOptions.Theme, CommonOptions.Force, port,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            Course.Web.Site.BuildOptions options = CommonOptions.Read(parse);
            if (CommonOptions.CheckedOutput(Path.GetFullPath(parse.GetValue(CommonOptions.Output)!), options, parse.GetValue(CommonOptions.Force), Console.Error) is not { } output)
            {
                return ExitCodes.BadUsage;
            }

            return await Preview.PreviewServer.RunAsync(options, output, parse.GetValue(port), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
