using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Course.Tests.Browser;

/// <summary>Serves a built site on 127.0.0.1 under a base path (e.g. /some/base/), like a host serving it from a subfolder.</summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly string basePath;

    private readonly Func<string, string?>? policyFor;

    private readonly ConcurrentQueue<string> requested = new();

    /// <param name="policyFor">The Content-Security-Policy header for a path below the base (as a host's header rules give it), or null for none.</param>
    public StaticSiteServer(string root, string basePath = "/some/base/", Func<string, string?>? policyFor = null)
    {
        this.root = root;
        this.basePath = basePath;
        this.policyFor = policyFor;
        int port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}{basePath}";
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    /// <summary>The path of every request that reached this server, in arrival order (what the browser fetched over the network).</summary>
    public IReadOnlyCollection<string> Requested => requested;

    public void Dispose() => listener.Close();

    /// <summary>A loopback port nothing listens on now (for the test servers).</summary>
    internal static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (!listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        try
        {
            string path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            requested.Enqueue(path);
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                context.Response.StatusCode = 404;
                return;
            }

            string file = Path.GetFullPath(Path.Combine(root, path[basePath.Length..]));
            if (Directory.Exists(file))
            {
                file = Path.Combine(file, "index.html");
            }

            if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                return;
            }

            if (policyFor?.Invoke(path[basePath.Length..]) is { } policy)
            {
                context.Response.AddHeader("Content-Security-Policy", policy);
            }

            byte[] bytes = File.ReadAllBytes(file);
            context.Response.ContentType = Course.Cli.Preview.ContentTypes.For(file);
            context.Response.ContentLength64 = bytes.Length;
            context.Response.OutputStream.Write(bytes);
        }
        catch (Exception) when (!listener.IsListening)
        {
        }
        finally
        {
            try
            {
                context.Response.Close();
            }
            catch (Exception)
            {
                // the browser went away
            }
        }
    }
}
