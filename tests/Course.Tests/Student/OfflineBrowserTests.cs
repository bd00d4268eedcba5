using Course.Tests.Browser;
using Microsoft.Playwright;

namespace Course.Tests.Student;

/// <summary>The service worker: a language saved for offline reloads, searches and runs its quizzes with the network off (issue #12, point 4).</summary>
[Collection(ReadingBrowserCollection.Name)]
public sealed class OfflineBrowserTests(BrowserFixture site)
{
    // Each language once and each width once (pairwise): the language changes the text, the width the layout.
    [Theory]
    [InlineData("kk", true)]
    [InlineData("ru", false)]
    public async Task A_language_saved_for_offline_reloads_searches_and_takes_a_quiz_without_network(string lang, bool phone)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, lang + "/", phone, serviceWorker: true);
        IPage page = student.Page;
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        ILocator save = page.Locator("[data-offline-save][data-bytes]");
        await save.WaitForAsync();
        Assert.Matches(@"\(\d+([,.]\d)? (MB|KB)\)", await save.InnerTextAsync());

        await save.ClickAsync();
        await page.Locator($"html[data-offline-saved='{lang}']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await student.Context.SetOfflineAsync(true);

        await page.GotoAsync(site.Url(lang + "/offender/portrait/"));
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.Locator("[data-page-body] h2").CountAsync() > 2);
        await page.ReloadAsync();
        Assert.True(await page.Locator("[data-page-body] h2").CountAsync() > 2);

        await page.GotoAsync(site.Url(lang + "/glossary/"));
        ILocator input = page.Locator(".site-header input[type=search]");
        await input.FillAsync(lang == "kk" ? "фишинг" : "фишинг");
        await page.Locator("#search-results a").First.WaitForAsync(new() { Timeout = 15_000 });

        await page.GotoAsync(site.Url(lang + "/concepts/quiz/"));
        ILocator question = page.Locator("[data-quiz-question][data-type=single]").First;
        await question.Locator("input").First.CheckAsync();
        await question.Locator("[data-quiz-check]").ClickAsync();
        await question.Locator("[data-quiz-feedback] *").First.WaitForAsync();
    }

    [Fact]
    public async Task Only_the_shell_is_cached_until_the_reader_saves_a_language()
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, "kk/", phone: false, serviceWorker: true);
        IPage page = student.Page;
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");

        string[] cached = await page.EvaluateAsync<string[]>("""
            async () => {
              const names = await caches.keys();
              const keys = await (await caches.open(names[0])).keys();
              return [names.length, ...keys.map(r => new URL(r.url).pathname)].map(String);
            }
            """);

        Assert.Equal("1", cached[0]);
        Assert.Contains(cached, url => url.EndsWith("/assets/css/site.css", StringComparison.Ordinal));
        Assert.Contains(cached, url => url.EndsWith("/kk/", StringComparison.Ordinal));
        Assert.DoesNotContain(cached, url => url.EndsWith("/kk/offender/portrait/", StringComparison.Ordinal));
    }
}
