namespace Course.Tests.Browser;

/// <summary>Browser tests over every page kind: axe, layout shift, focus rings (see <see cref="BrowserCollection"/>).</summary>
[CollectionDefinition(Name)]
public sealed class PageKindsBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser: page kinds";
}
