using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>
/// The one way browser tests run axe: zero violations, each reported with its rule and first nodes. Only
/// violations are processed in full (axe's resultTypes): axe then builds selectors for every node of the
/// failing rules only, not for every passing node, which made the checks of long pages the slowest tests.
/// </summary>
public static class AxeCheck
{
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>Fails with the violations of the page as it is now; <paramref name="state"/> names what is being checked.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string state = "")
    {
        AxeResult result = await page.RunAxe(ViolationsOnly);
        Assert.True(result.Violations.Length == 0, (state.Length > 0 ? state + ": " : string.Empty) + string.Join("\n", result.Violations.Select(Describe)));
    }

    /// <summary>The violations of the page as it is now, each described on one line (for tests that check many pages and report them together).</summary>
    public static async Task<IEnumerable<string>> ViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe(ViolationsOnly);
        return result.Violations.Select(Describe);
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id}: {violation.Help} ({string.Join("; ", violation.Nodes.Take(5).Select(n => $"{n.Target} {n.Html} {string.Join(" ", n.Any.Select(c => c.Message))}".Trim()))})";
}
