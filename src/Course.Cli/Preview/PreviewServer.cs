using System.Diagnostics;
using System.Text;
using Course.Cli.Commands;
using Course.Core.Execution;
using Course.Core.IO;
using Course.Web.Caching;
using Course.Web.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Course.Cli.Preview;

/// <summary>
/// Serves the built site on 127.0.0.1 only, without caching, with a small live-reload script added to
/// every HTML page. Changes in the course or the theme trigger a rebuild; a failed rebuild keeps the last
/// good site and shows its errors in the terminal and on the page.
/// </summary>
public static class PreviewServer
{
    public static async Task<int> RunAsync(BuildOptions options, string output, int port, CancellationToken cancellationToken)
    {
        var hub = new LiveReloadHub();
        var cache = new PreviewCache(); // kept between this session's builds, dropped when it ends
        options = options with { LiveReload = true };
        if (await RebuildAsync(options, cache, output, hub, cancellationToken).ConfigureAwait(false) == null)
        {
            Console.WriteLine("The first build failed; serving the last good output (if any) and watching for fixes.");
        }

        Directory.CreateDirectory(output);
        _ = Task.Run(() => WarmUpAsync(options, cache, cancellationToken), cancellationToken);
        WebApplication app = CreateApp(output, port, hub);
        using var watcher = new InputWatcher([options.InputRoot, options.ThemeRoot], output, async () =>
        {
            await RebuildAsync(options, cache, output, hub, cancellationToken).ConfigureAwait(false);
        });
        Console.WriteLine($"Previewing at http://127.0.0.1:{port}/ (Ctrl+C to stop)");
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Built;
    }

    /// <summary>
    /// The web server: loopback only, requests for any other host name refused with 421 (DNS rebinding),
    /// the reload endpoints, then the site's files with the live-reload script added to pages.
    /// </summary>
    public static WebApplication CreateApp(string output, int port, LiveReloadHub hub)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        WebApplication app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (!LoopbackHost.Allows(context.Request.Host, port))
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        app.MapGet("/__reload", hub.StreamAsync);
        app.MapGet("/__reload.js", () => Results.Text(LiveReloadHub.Script, "text/javascript"));
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is not null)
            {
                await next(context).ConfigureAwait(false); // the reload endpoints
                return;
            }

            context.Response.Headers.CacheControl = "no-store";
            await ServeAsync(context, output, next).ConfigureAwait(false);
        });
        return app;
    }

    /// <summary>A few discarded builds right after start, so the JIT has optimised the hot paths before the first save.</summary>
    private static async Task WarmUpAsync(BuildOptions options, PreviewCache cache, CancellationToken cancellationToken)
    {
        for (int i = 0; i < 4 && !cancellationToken.IsCancellationRequested; i++)
        {
            await CourseSite.BuildAsync(options, cache, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Rebuilds without the search index first, so the saved page reaches the browser at once; the
    /// search index (a whole-site job) follows in a second build a moment later.
    /// </summary>
    private static async Task<BuildResult?> RebuildAsync(BuildOptions options, PreviewCache cache, string output, LiveReloadHub hub, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        bool first = !File.Exists(Path.Combine(output, "index.html"));
        BuildResult result = await CourseSite.BuildAsync(options with { SkipSearchIndex = !first }, cache, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            BuildReport.Print(result, Console.Out);
            hub.Broadcast("error", string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())));
            return null;
        }

        CommitStats stats = OutputCommitter.Commit(output, result.Files, keep: path => path.StartsWith("search/", StringComparison.Ordinal));
        hub.Broadcast("reload", string.Empty);
        if (Environment.GetEnvironmentVariable("COURSE_TIMINGS") == "1")
        {
            Console.WriteLine($"reload sent at {DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}");
        }

        Console.WriteLine($"Rebuilt in {stopwatch.ElapsedMilliseconds} ms: {stats.Written} file(s) changed, {result.WarningCount} warning(s).");
        if (Environment.GetEnvironmentVariable("COURSE_TIMINGS") == "1")
        {
            BuildReport.PrintTimings(result, Console.Out);
        }

        if (!first)
        {
            BuildResult full = await CourseSite.BuildAsync(options, cache, cancellationToken).ConfigureAwait(false);
            if (full.Succeeded)
            {
                OutputCommitter.Commit(output, full.Files.Where(f => f.Destination.StartsWith("search/", StringComparison.Ordinal)).ToList(), keep: _ => true);
            }
        }

        return result;
    }

    private static async Task ServeAsync(HttpContext context, string output, RequestDelegate next)
    {
        string path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        string file = Path.GetFullPath(Path.Combine(output, path));
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (file != root && !file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) // not "output2/" beside it either
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (Directory.Exists(file))
        {
            if (!context.Request.Path.Value!.EndsWith('/'))
            {
                context.Response.Redirect(context.Request.Path.Value + "/");
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        int status = 200;
        if (!File.Exists(file))
        {
            string lang = path.Split('/')[0];
            file = File.Exists(Path.Combine(output, lang, "404.html")) ? Path.Combine(output, lang, "404.html") : Path.Combine(output, "404.html");
            status = 404;
            if (!File.Exists(file))
            {
                await next(context).ConfigureAwait(false);
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.For(file);
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            string html = await File.ReadAllTextAsync(file, context.RequestAborted).ConfigureAwait(false);
            int end = html.LastIndexOf("</body>", StringComparison.Ordinal);
            html = end < 0 ? html + LiveReloadHub.Tag : html.Insert(end, LiveReloadHub.Tag);
            await context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await context.Response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
    }
}
