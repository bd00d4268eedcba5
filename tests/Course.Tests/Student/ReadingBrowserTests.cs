using System.Globalization;
using Course.Tests.Browser;
using Microsoft.Playwright;

namespace Course.Tests.Student;

/// <summary>Reading long pages: the phone header and back-to-top, the sticky "On this page", tables, the language switch's place and parallel kk|ru reading (issue #12, points 5, 6, 8, 9).</summary>
[Collection(ReadingBrowserCollection.Name)]
public sealed class ReadingBrowserTests(BrowserFixture site)
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task On_a_phone_the_header_slides_away_reading_down_comes_back_up_and_back_to_top_returns(string lang)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, lang + "/foreign-law/legal-families/", phone: true);
        IPage page = student.Page;
        ILocator header = page.Locator(".site-header");
        ILocator backToTop = page.Locator("[data-back-to-top]");
        Assert.False(await backToTop.IsVisibleAsync());

        await page.EvaluateAsync("() => window.scrollTo(0, 3000)");
        await page.Locator(".site-header.header-away").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(backToTop).ToBeVisibleAsync();

        await page.Mouse.WheelAsync(0, -300);
        await page.Locator(".site-header:not(.header-away)").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => Math.abs(document.querySelector('.site-header').getBoundingClientRect().top) < 1");
        Assert.True(await page.EvaluateAsync<bool>("() => window.scrollY > 2000"), "the header came back without scrolling to the top");
        Assert.True(await page.Locator(".nav-toggle").IsVisibleAsync());
        Assert.True(await page.Locator(".search input").IsVisibleAsync());

        await backToTop.ClickAsync();
        await page.WaitForFunctionAsync("() => window.scrollY === 0");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task On_a_desktop_on_this_page_stays_in_view_and_marks_the_heading_being_read(string lang)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, lang + "/foreign-law/legal-families/", phone: false);
        IPage page = student.Page;
        ILocator heading = page.Locator("[data-page-body] h2").Nth(4);
        string id = (await heading.GetAttributeAsync("id"))!;

        await heading.ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("id => document.getElementById(id).scrollIntoView()", id);
        await StudentPages.FramesAsync(page);

        ILocator current = page.Locator(".toc a[aria-current=location]");
        await current.WaitForAsync();
        Assert.Equal("#" + id, Uri.UnescapeDataString((await current.GetAttributeAsync("href"))!));
        LocatorBoundingBoxResult toc = (await page.Locator(".toc").BoundingBoxAsync())!;
        LocatorBoundingBoxResult text = (await page.Locator("[data-page-body]").BoundingBoxAsync())!;
        Assert.InRange(toc.Y, 0, 100);
        Assert.True(toc.X > text.X + text.Width, "the column is beside the text");
    }

    [Fact]
    public async Task Nested_headings_are_numbered_inside_their_section()
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, "kk/offender/portrait/", phone: false);
        IPage page = student.Page;
        int nested = await page.Locator(".toc ol ol li").CountAsync();
        int top = await page.Locator(".toc nav > ol > li").CountAsync();
        int h2 = await page.Locator("[data-page-body] h2").CountAsync();
        int h3 = await page.Locator("[data-page-body] h3").CountAsync();

        Assert.Equal(h2, top);
        Assert.Equal(h3, nested);
    }

    // The switch is pressed as a reader does: a mouse click or a tap where it is, or Enter on it. (Playwright's
    // ClickAsync first scrolls the element into view, and Chromium scrolls a sticky header to its place at
    // the top of the page: the place being read would be lost before the click.)
    [Theory]
    [InlineData("kk/foreign-law/legal-families/", "ru/foreign-law/legal-families/", false, "mouse")]
    [InlineData("kk/foreign-law/legal-families/", "ru/foreign-law/legal-families/", true, "tap")]
    [InlineData("ru/offender/portrait/", "kk/offender/portrait/", false, "keyboard")]
    [InlineData("ru/offender/portrait/", "kk/offender/portrait/", true, "tap")]
    public async Task The_language_switch_lands_on_the_twin_of_the_heading_being_read(string from, string to, bool phone, string press)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, from, phone);
        IPage page = student.Page;
        // a heading followed by more than a screen of text: whatever the screen, it is the one being read once at the top
        int index = await page.EvaluateAsync<int>("""
            () => {
              const all = [...document.querySelectorAll('[data-page-body] h2[id], [data-page-body] h3[id]')];
              const i = all.findIndex((h, i) => i > 0 && i + 1 < all.length && all[i + 1].offsetTop - h.offsetTop > innerHeight * 1.5);
              all[i].scrollIntoView();
              return i;
            }
            """);
        Assert.True(index > 0);
        await StudentPages.FramesAsync(page);
        await page.Mouse.WheelAsync(0, -100);
        await page.Locator(".site-header:not(.header-away)").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => Math.abs(document.querySelector('.site-header').getBoundingClientRect().top) < 1");
        Assert.Equal(index, await page.EvaluateAsync<int>("() => CourseSite.headings().indexOf(CourseSite.currentHeading())"));

        ILocator link = page.Locator(".lang-switch");
        LocatorBoundingBoxResult box = (await link.BoundingBoxAsync())!;
        (float x, float y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        switch (press)
        {
            case "tap":
                await page.Touchscreen.TapAsync(x, y);
                break;
            case "mouse":
                await page.Mouse.ClickAsync(x, y);
                break;
            default:
                await link.FocusAsync();
                await page.Keyboard.PressAsync("Enter");
                break;
        }

        await page.WaitForURLAsync(site.Url(to) + "#*");

        string twinId = await page.EvaluateAsync<string>($"() => document.querySelectorAll('[data-page-body] h2[id], [data-page-body] h3[id]')[{index}].id");
        Assert.Equal(twinId, Uri.UnescapeDataString(new Uri(page.Url).Fragment[1..]));
        double top = await page.EvaluateAsync<double>("id => document.getElementById(id).getBoundingClientRect().top", twinId);
        Assert.InRange(top, -1, 844 / 3);
    }

    // Room for the sticky header is kept above the text (scroll-margin): a control of the header or of the
    // sticky navigation is never "hidden under the header", so focusing it does not scroll the page away.
    [Theory]
    [InlineData("kk", false)]
    [InlineData("ru", true)]
    public async Task Focusing_the_sticky_header_or_navigation_keeps_the_place_being_read(string lang, bool phone)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, lang + "/foreign-law/legal-families/", phone);
        IPage page = student.Page;
        await page.EvaluateAsync("() => window.scrollTo(0, 2500)");
        await page.Mouse.WheelAsync(0, -100);
        await page.WaitForFunctionAsync("() => Math.abs(document.querySelector('.site-header').getBoundingClientRect().top) < 1 && !document.querySelector('.site-header.header-away')");
        double y = await page.EvaluateAsync<double>("() => window.scrollY");

        string[] controls = phone ? [".lang-switch", ".nav-toggle", ".search input"] : [".lang-switch", ".search input", ".site-nav li:nth-child(4) > a"];
        foreach (string control in controls)
        {
            await page.Locator(control).First.FocusAsync();
            await StudentPages.FramesAsync(page);
            Assert.Equal(y, await page.EvaluateAsync<double>("() => window.scrollY"));
        }
    }

    // Each language once and each width once (pairwise): the language changes the text, the width the layout.
    [Theory]
    [InlineData("kk", false)]
    [InlineData("ru", true)]
    public async Task Parallel_reading_shows_the_twin_text_beside_or_under_each_block_with_its_language(string lang, bool phone)
    {
        string other = lang == "kk" ? "ru" : "kk";
        await using StudentPage student = await StudentPages.OpenAsync(site, lang + "/offender/portrait/", phone);
        IPage page = student.Page;
        var twinHeadings = await TwinHeadingsAsync(other + "/offender/portrait/");

        ILocator toggle = page.Locator("[data-parallel-toggle]");
        await toggle.ClickAsync();
        await page.Locator(".parallel-twin").First.WaitForAsync();

        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal(await page.Locator(".parallel-twin").CountAsync(), await page.Locator($".parallel-twin[lang='{other}']").CountAsync());
        Assert.Equal(twinHeadings, await page.Locator(".parallel-twin h2, .parallel-twin h3").AllInnerTextsAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('[id]')].map(e => e.id).filter((id, i, all) => all.indexOf(id) !== i).length"));

        ILocator row = page.Locator(".parallel-row:has(h2)").Nth(1);
        LocatorBoundingBoxResult own = (await row.Locator(".parallel-own").BoundingBoxAsync())!;
        LocatorBoundingBoxResult twin = (await row.Locator(".parallel-twin").BoundingBoxAsync())!;
        if (phone)
        {
            Assert.True(twin.Y >= own.Y + own.Height - 1, "on a phone the twin is under the block");
        }
        else
        {
            Assert.True(twin.X >= own.X + own.Width, "on a desktop the twin is beside the block");
            Assert.InRange(twin.Y - own.Y, -1, 1);
        }

        int width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= (phone ? 390 : 1366), $"no sideways scrolling ({width}px)");

        await toggle.ClickAsync();
        Assert.Equal(0, await page.Locator(".parallel-twin").CountAsync());
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
    }

    [Theory]
    [InlineData("ru/foreign-law/legal-families/")]
    [InlineData("kk/foreign-law/legal-families/")]
    public async Task A_wide_table_on_a_phone_scrolls_in_a_focusable_region_with_a_hint(string path)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, path, phone: true);
        IPage page = student.Page;
        ILocator region = page.Locator(".table-scroll[role=region][tabindex='0']").First;
        Assert.NotEmpty((await region.GetAttributeAsync("aria-label"))!);
        ILocator wrap = page.Locator(".table-wrap.overflows").First;
        await wrap.WaitForAsync();
        string hint = await wrap.EvaluateAsync<string>("w => getComputedStyle(w, '::before').content + '|' + getComputedStyle(w, '::before').visibility");
        Assert.EndsWith("|visible", hint, StringComparison.Ordinal);
        Assert.Contains("→", hint, StringComparison.Ordinal);

        ILocator overflowing = wrap.Locator(".table-scroll");
        await overflowing.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.querySelector('.table-wrap.overflows .table-scroll').scrollLeft > 0");
        int width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page itself does not scroll sideways ({width}px)");
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task On_a_phone_chart_labels_are_readable_and_the_key_terms_stand_apart(string lang)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, lang + "/offender/portrait/", phone: true);
        IPage page = student.Page;
        // the label's font size as drawn: the SVG's font size scaled from its 640-unit viewBox to the screen
        double smallest = await page.EvaluateAsync<double>("""
            () => Math.min(...[...document.querySelectorAll('.chart text')].map(t =>
              parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width))
            """);
        Assert.InRange(smallest, 11, 40);

        await page.GotoAsync(site.Url(lang + "/offender/"));
        // each key term is its own item with a gap before the next one's bullet: never "фишинг• ботнет"
        double[] gaps = await page.EvaluateAsync<double[]>("""
            () => {
              const items = [...document.querySelectorAll('.key-terms li')];
              const gaps = [];
              for (let i = 1; i < items.length; i++) {
                const before = items[i - 1].getBoundingClientRect(), item = items[i].getBoundingClientRect();
                if (Math.abs(before.top - item.top) < 1) gaps.push(item.left - before.right);
              }
              return gaps;
            }
            """);
        Assert.NotEmpty(gaps);
        Assert.All(gaps, gap => Assert.True(gap >= 8, $"a key term {gap}px from the one before"));
    }

    private async Task<IReadOnlyList<string>> TwinHeadingsAsync(string path)
    {
        await using StudentPage twin = await StudentPages.OpenAsync(site, path, phone: false);
        return await twin.Page.Locator("[data-page-body] h2, [data-page-body] h3").AllInnerTextsAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
