using Course.Tests.Browser;
using Microsoft.Playwright;

namespace Course.Tests.Print;

[Collection(BrowserCollection.Name)]
public class PrintEditionBrowserTests(BrowserFixture site)
{
    [Fact]
    public async Task PrintedEveryChapterStartsANewPageAndTheScreenOnlyPartsAreHidden()
    {
        IPage page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("kk/"));
        await page.ClickAsync("a[data-print-edition]");
        await page.WaitForURLAsync("**/kk/print/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        string[] breaks = await page.EvalOnSelectorAllAsync<string[]>(".print-chapter", "els => els.map(e => getComputedStyle(e).breakBefore)");
        Assert.NotEmpty(breaks);
        Assert.All(breaks, b => Assert.Equal("page", b));
        Assert.Equal("auto", await page.EvalOnSelectorAsync<string>(".print-section", "e => getComputedStyle(e).breakBefore"));
        Assert.False(await page.IsVisibleAsync(".site-nav"));
        Assert.False(await page.IsVisibleAsync(".site-header"));
        Assert.True(await page.IsVisibleAsync(".print-toc"));
    }

    [Fact]
    public async Task AContentsLinkLandsOnItsChapter()
    {
        IPage page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("ru/print/"));

        ILocator link = page.Locator(".print-toc a").Nth(3);
        string target = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();

        // the chapter's heading near the top, where the sticky header (it slides away reading down) does not hide it when it returns
        await page.WaitForFunctionAsync(
            """
            id => {
              const top = document.getElementById(id).getBoundingClientRect().top;
              const header = document.querySelector('.site-header').offsetHeight;
              return window.scrollY > 0 && top >= header - 1 && top < header + 60;
            }
            """,
            target[1..]);
    }
}
