using System.Collections.Concurrent;
using System.Threading.Channels;
using Course.Web.Text;
using Microsoft.AspNetCore.Http;

namespace Course.Cli.Preview;

/// <summary>Server-sent events to every open preview page: "reload" after a good build, "error" with the messages after a failed one.</summary>
public sealed class LiveReloadHub
{
    public const string Tag = "<script src=\"/__reload.js\"></script>\n";

    /// <summary>
    /// The preview client: after a good rebuild it fetches the page again and swaps in the new
    /// &lt;main&gt; (no full reload, so the change shows at once); quiz pages, whose script binds to the
    /// questions, reload fully. After a failed rebuild it shows the errors at the top of the page.
    /// </summary>
    public const string Script = """
        (function () {
          var source = new EventSource('/__reload');
          function reload() {
            var main = document.querySelector('main');
            if (!main || !window.fetch || !window.DOMParser || document.body.classList.contains('kind-quiz')) { location.reload(); return; }
            fetch(location.href, { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (html) {
              var next = new DOMParser().parseFromString(html, 'text/html');
              var fresh = next.querySelector('main');
              if (!fresh) { location.reload(); return; }
              main.innerHTML = fresh.innerHTML;
              document.title = next.title;
              var error = document.getElementById('course-build-error');
              if (error) { error.remove(); }
            }).catch(function () { location.reload(); });
          }
          source.addEventListener('reload', reload);
          source.addEventListener('error-report', function (e) {
            var box = document.getElementById('course-build-error') || document.createElement('pre');
            box.id = 'course-build-error';
            box.setAttribute('role', 'alert');
            box.className = 'build-error';
            box.textContent = JSON.parse(e.data);
            document.body.insertBefore(box, document.body.firstChild);
          });
        })();
        """;

    private readonly ConcurrentDictionary<Guid, Channel<string>> clients = new();

    public void Broadcast(string kind, string message)
    {
        string name = kind == "error" ? "error-report" : kind;
        string frame = $"event: {name}\ndata: {JsonText.StringLiteral(message)}\n\n";
        foreach (Channel<string> client in clients.Values)
        {
            client.Writer.TryWrite(frame);
        }
    }

    public async Task StreamAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var id = Guid.NewGuid();
        Channel<string> channel = Channel.CreateUnbounded<string>();
        clients[id] = channel;
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            await foreach (string frame in channel.Reader.ReadAllAsync(context.RequestAborted).ConfigureAwait(false))
            {
                await context.Response.WriteAsync(frame, context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // the page closed
        }
        finally
        {
            clients.TryRemove(id, out _);
        }
    }
}
