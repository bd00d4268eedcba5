using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary><see cref="AxeCheck"/> finds what Deque's own RunAxe finds, and nothing on a clean page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeCheckTests(BrowserFixture browser)
{
    // An image without text, grey on white, a link told from its text by a near colour only, an unlabelled field,
    // a duplicate id referenced by a label; grey text that passes AA but not AAA (axe's AAA rule is off by default).
    private const string Broken = """
        <!doctype html><html lang="en"><head><title>Broken</title></head><body><main>
        <h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <p style="color:#ccc;background:#fff">Hard to read.</p>
        <p style="color:#000;background:#fff">Text with <a href="#x" style="color:#222;text-decoration:none">a link</a> inside.</p>
        <p style="color:#767676;background:#fff">Readable, not enhanced.</p>
        <input type="text"><label for="twice">One</label><input id="twice"><span id="twice"></span>
        </main></body></html>
        """;

    private const string Clean = """
        <!doctype html><html lang="en"><head><title>Clean</title></head><body><main>
        <h1>Clean</h1><p>Easy to read.</p><label for="name">Name</label><input id="name">
        </main></body></html>
        """;

    // One RunAxe (seconds even on this page) also gives the rules a default run runs, for the colour pass.
    [Fact]
    public async Task It_reports_the_rules_RunAxe_reports_and_names_their_nodes_and_the_colour_pass_the_default_colour_rules()
    {
        IPage page = await OpenAsync();
        await page.GotoAsync("http://axe.test/broken");

        string[] violations = await AxeCheck.ViolationsAsync(page);
        AxeResult deque = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });

        string[] ours = [.. violations.Select(v => v[..v.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal)];
        Assert.Equal(deque.Violations.Select(v => v.Id).Order(StringComparer.Ordinal), ours);
        Assert.Contains("image-alt", ours);
        Assert.Contains("color-contrast", ours);
        Assert.Contains("label", ours);
        Assert.Contains("link-in-text-block", ours);
        Assert.Contains(violations, v => v.StartsWith("image-alt:", StringComparison.Ordinal) && v.Contains("<img", StringComparison.Ordinal));
        await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => AxeCheck.AssertNoViolationsAsync(page, "broken"));

        string[] colour = [.. (await AxeCheck.ColourViolationsAsync(page)).Select(v => v[..v.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal)];
        string[] category = await page.EvaluateAsync<string[]>("() => axe.getRules(['cat.color']).map(r => r.ruleId)");
        HashSet<string> ranByDefault = [.. deque.Violations.Concat(deque.Passes).Concat(deque.Incomplete).Concat(deque.Inapplicable).Select(r => r.Id)];
        Assert.Equal(["color-contrast", "link-in-text-block"], colour);
        Assert.Equal(category.Where(ranByDefault.Contains).Order(StringComparer.Ordinal), AxeCheck.ColourRules.Order(StringComparer.Ordinal));
        Assert.Contains("color-contrast-enhanced", category);
    }

    // axe is put into each document it checks: a navigation after a check starts a document without it.
    [Fact]
    public async Task A_clean_page_has_none_and_a_page_checked_after_a_navigation_is_checked_again()
    {
        IPage page = await OpenAsync();
        await page.GotoAsync("http://axe.test/clean");
        Assert.Empty(await AxeCheck.ViolationsAsync(page));
        await AxeCheck.AssertNoViolationsAsync(page, "clean");

        await page.GotoAsync("http://axe.test/broken");

        Assert.NotEmpty(await AxeCheck.ViolationsAsync(page));
    }

    // Two pages served from memory, so the check needs no built course.
    private async Task<IPage> OpenAsync()
    {
        IPage page = await (await browser.NewContextAsync()).NewPageAsync();
        await page.RouteAsync("http://axe.test/**", route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Body = route.Request.Url.EndsWith("/broken", StringComparison.Ordinal) ? Broken : Clean,
        }));
        return page;
    }
}
