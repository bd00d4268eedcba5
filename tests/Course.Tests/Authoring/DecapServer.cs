using System.Diagnostics;
using System.Net.Http.Json;
using Course.Tests.Support;

namespace Course.Tests.Authoring;

/// <summary>
/// decap-server (theme/admin's npm devDependency) serving a course folder to Decap CMS's local backend, on a free
/// loopback port, in its file-system mode: what an author runs beside <c>course preview</c>.
/// </summary>
public sealed class DecapServer : IAsyncDisposable
{
    private readonly Process process;

    private DecapServer(Process process, int port)
    {
        this.process = process;
        ApiUrl = $"http://localhost:{port}/api/v1";
    }

    public string ApiUrl { get; }

    public static string Script => Path.Combine(Repo.Theme, "admin", "node_modules", "decap-server", "dist", "index.js");

    public static async Task<DecapServer> StartAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        int port = Browser.StaticSiteServer.FreePort();
        var start = new ProcessStartInfo("node", [Script])
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["MODE"] = "fs";
        start.Environment["GIT_REPO_DIRECTORY"] = repositoryRoot;
        var server = new DecapServer(Process.Start(start)!, port);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();

        using var http = new HttpClient();
        for (int attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using HttpResponseMessage response = await http.PostAsJsonAsync(server.ApiUrl, new { action = "info", @params = new { } }, cancellationToken);
                if (response.StatusCode == System.Net.HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(50, cancellationToken);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("decap-server did not start within 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
