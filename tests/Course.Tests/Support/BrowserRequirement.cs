using System.Diagnostics.CodeAnalysis;

namespace Course.Tests.Support;

/// <summary>Browser tests without a browser: skipped with the reason on a developer machine, failed under CI=true.</summary>
public static class BrowserRequirement
{
    [DoesNotReturn]
    public static void Unavailable(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        throw new InvalidOperationException(reason); // not reached: both asserts throw
    }
}
