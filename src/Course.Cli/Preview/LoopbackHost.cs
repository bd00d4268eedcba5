using Microsoft.AspNetCore.Http;

namespace Course.Cli.Preview;

/// <summary>
/// The Host headers the preview answers: 127.0.0.1 or localhost with its own port. Anything else is a page
/// on another site whose name was pointed at 127.0.0.1 (DNS rebinding) and gets 421 Misdirected Request.
/// </summary>
public static class LoopbackHost
{
    public static bool Allows(HostString host, int port) =>
        host.Port == port && (host.Host.Equals("127.0.0.1", StringComparison.Ordinal) || host.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase));
}
