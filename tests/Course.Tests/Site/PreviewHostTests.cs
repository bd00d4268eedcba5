using System.Net;
using System.Net.Sockets;
using Course.Cli.Preview;
using Course.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Course.Tests.Site;

/// <summary>The preview answers only its own loopback host names (DNS rebinding gets 421) and never serves files beside its folder.</summary>
public sealed class PreviewHostTests : IAsyncLifetime
{
    private readonly TempFolder temp = new();
    private readonly int port = FreePort();
    private WebApplication? app;

    public async ValueTask InitializeAsync()
    {
        string output = temp.Combine("output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "<html><body>home</body></html>");
        Directory.CreateDirectory(temp.Combine("output2"));
        File.WriteAllText(temp.Combine("output2", "secret.txt"), "secret");
        app = PreviewServer.CreateApp(output, port, new LiveReloadHub());
        await app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        temp.Dispose();
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST", true)]
    [InlineData("evil.example", false)]
    [InlineData("127.0.0.1.nip.io", false)]
    [InlineData("other-port", false)]
    public async Task OnlyLoopbackHostNamesWithTheServingPortAreAnswered(string host, bool allowed)
    {
        string header = host == "other-port" ? $"127.0.0.1:{port + 1}" : $"{host}:{port}";
        using var client = new HttpClient();
        foreach (string path in new[] { "/", "/__reload.js" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}{path}");
            request.Headers.Host = header;
            using HttpResponseMessage response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.MisdirectedRequest, response.StatusCode);
            if (!allowed)
            {
                Assert.Empty(body);
            }
        }
    }

    [Fact]
    public async Task AFolderBesideTheOutputWhoseNameStartsTheSameIsNotServed()
    {
        using var client = new HttpClient();
        using HttpResponseMessage response = await client.GetAsync($"http://127.0.0.1:{port}/..%2Foutput2%2Fsecret.txt", TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePreviewListensOnTheLoopbackAddressOnly()
    {
        Assert.Contains(app!.Urls, url => url == $"http://127.0.0.1:{port}");
        Assert.DoesNotContain(app.Urls, url => url.Contains("0.0.0.0", StringComparison.Ordinal) || url.Contains("[::]", StringComparison.Ordinal));
        await Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
