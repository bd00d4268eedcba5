namespace Course.Tests.Browser;

/// <summary>Browser tests of a student's reading: long pages, the glossary, progress, offline (see <see cref="BrowserCollection"/>).</summary>
[CollectionDefinition(Name)]
public sealed class ReadingBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser: reading";
}
