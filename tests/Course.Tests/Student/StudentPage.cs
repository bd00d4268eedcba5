using Course.Tests.Browser;
using Microsoft.Playwright;

namespace Course.Tests.Student;

/// <summary>A page of the course in its own browser context, with the script errors it raised.</summary>
internal sealed record StudentPage(BrowserFixture Site, IBrowserContext Context, IPage Page) : IAsyncDisposable
{
    public List<string> Errors { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        Assert.Empty(Errors);
    }
}
