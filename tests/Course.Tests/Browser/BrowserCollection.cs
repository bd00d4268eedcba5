namespace Course.Tests.Browser;

/// <summary>
/// Browser tests of the site as a whole: navigation, search, print, the LMS package, the editor. One of the
/// browser collections that run side by side in the one Chromium (<see cref="BrowserProcess"/>), each with
/// its own <see cref="BrowserFixture"/>; they hold about equal shares of the browser time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
