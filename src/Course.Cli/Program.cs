using Course.Cli.Commands;

return await CourseCli.RunAsync(args).ConfigureAwait(false);
