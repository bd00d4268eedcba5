using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Site;

public class UiStringsTests
{
    [Fact]
    public void EveryThemeStringExistsInBothLanguages()
    {
        UiStrings strings = UiStrings.Load(Repo.Theme, ["kk", "ru"]);

        Assert.Empty(strings.MissingKeys("ru", "kk"));
        Assert.Equal(["search.count.few", "search.count.many"], strings.MissingKeys("kk", "ru")); // Russian plural forms Kazakh does not have
        Assert.Equal("Русский", strings.Get("ru", "lang.name"));
    }

    [Fact]
    public void AMissingStringIsListedAndShownAsItsKey()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("i18n", "kk"));
        Directory.CreateDirectory(temp.Combine("i18n", "ru"));
        File.WriteAllText(temp.Combine("i18n", "kk", "site.yml"), "a: бір\nb: екі\n");
        File.WriteAllText(temp.Combine("i18n", "ru", "site.yml"), "a: один\n");

        UiStrings strings = UiStrings.Load(temp.Path, ["kk", "ru"]);

        Assert.Equal(["b"], strings.MissingKeys("ru", "kk"));
        Assert.Equal("[b]", strings.Get("ru", "b"));
    }
}
