using Course.Web.Search;
using YamlDotNet.RepresentationModel;

namespace Course.Tests.Search;

public sealed class SearchStringsTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void EveryLanguageDefinesTheRequiredKeysAndNoUnknownOnes(string language)
    {
        YamlStream yaml = [];
        yaml.Load(new StringReader(File.ReadAllText(RepositoryFiles.Theme("i18n", language, "search.yml"))));
        string[] keys = ((YamlMappingNode)yaml.Documents[0].RootNode).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToArray();

        Assert.Empty(SearchStrings.Required.Except(keys));
        Assert.Empty(keys.Except(SearchStrings.Required).Except(SearchStrings.OptionalPluralForms));
    }

    [Fact]
    public void EveryDataKeyIsReadBySearchJs()
    {
        string script = File.ReadAllText(RepositoryFiles.Theme("assets", "js", "search.js"));

        foreach (string key in SearchStrings.DataAttributeKeys(SearchStrings.Required).Where(k => !k.StartsWith("count-", StringComparison.Ordinal)))
        {
            Assert.Contains($"'{key}'", script, StringComparison.Ordinal);
        }

        Assert.Contains("'count-' + form", script, StringComparison.Ordinal);
    }
}
