using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>
/// The one way browser tests run axe: zero violations, each reported with its rule and first nodes. axe-core (the
/// copy Deque.AxeCore bundles) runs in the page itself and only the violations come back: Deque's RunAxe sends
/// every node's partial result through .NET to a second page to finish the run, which made axe on long pages
/// (the print book) the slowest part of the suite.
/// </summary>
public static class AxeCheck
{
    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    // axe.run on the whole document, as RunAxe does; only violations are processed in full (resultTypes). The
    // argument is null for the rules axe runs by default, or the ids of the rules to run.
    private const string Run = """
        async rules => {
          const options = { resultTypes: ['violations'] };
          if (rules) options.runOnly = { type: 'rule', values: rules };
          const result = await window.axe.run(document, options);
          return result.violations.map(v => v.id + ': ' + v.help + ' ('
            + v.nodes.slice(0, 5).map(n => (n.target.join(' ') + ' ' + n.html + ' ' + n.any.map(c => c.message).join(' ')).trim()).join('; ')
            + ')');
        }
        """;

    /// <summary>
    /// The rules of axe's colour category (cat.color) that it runs by default: contrast, links told apart from
    /// their text by colour. What a colour theme can break, and most of axe's time on a page. (Running the category
    /// by its tag would add the AAA contrast rule, off by default.)
    /// </summary>
    public static readonly IReadOnlyList<string> ColourRules = ["color-contrast", "link-in-text-block"];

    /// <summary>Fails with the violations of the page as it is now; <paramref name="state"/> names what is being checked.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string state = "")
    {
        string[] violations = await ViolationsAsync(page);
        Assert.True(violations.Length == 0, (state.Length > 0 ? state + ": " : string.Empty) + string.Join("\n", violations));
    }

    /// <summary>The violations of the page as it is now, each described on one line (for tests that check many pages and report them together).</summary>
    public static Task<string[]> ViolationsAsync(IPage page) => ViolationsAsync(page, rules: null);

    /// <summary>
    /// The violations of the <see cref="ColourRules"/> only: for a page already checked in full whose colours
    /// alone changed (another colour theme on the same document).
    /// </summary>
    public static Task<string[]> ColourViolationsAsync(IPage page) => ViolationsAsync(page, ColourRules);

    /// <summary>
    /// Has axe in every document the page opens from now on, before the page's own scripts: for a test that checks
    /// one document after another. Chromium compiles the script once for the page, where sending it to each new
    /// document took about half a second per page (650 KB through the test's browser driver, compiled afresh).
    /// </summary>
    public static Task LoadInEveryDocumentAsync(IPage page) => page.AddInitScriptAsync(Script.Value);

    private static async Task<string[]> ViolationsAsync(IPage page, IReadOnlyList<string>? rules)
    {
        // Once per document (unless LoadInEveryDocumentAsync put it there): a navigation starts a new one without axe.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync("() => {" + Script.Value + "\n}");
        }

        return await page.EvaluateAsync<string[]>(Run, rules);
    }
}
