using Course.Tests.Support;
using Course.Web.Glossary.Page;
using YamlDotNet.Serialization;

namespace Course.Tests.Glossary;

public sealed class GlossaryStringsTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void Each_language_file_has_exactly_the_glossary_keys(string lang)
    {
        var map = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, string>>(Repo.ReadText("theme", "i18n", lang, "glossary.yml"));

        Assert.Empty(GlossaryStrings.MissingKeys(map));
        Assert.Equal(GlossaryStrings.Keys.Order(StringComparer.Ordinal), map.Keys.Order(StringComparer.Ordinal));
        Assert.All(map.Values, value => Assert.False(string.IsNullOrWhiteSpace(value)));
    }

    [Fact]
    public void A_missing_key_shows_up_visibly()
    {
        GlossaryStrings strings = GlossaryStrings.FromMap(new Dictionary<string, string> { ["glossary.kindTerm"] = "термин" });

        Assert.Equal("термин", strings.KindTerm);
        Assert.Equal("[glossary.openInGlossary]", strings.OpenInGlossary);
    }
}
