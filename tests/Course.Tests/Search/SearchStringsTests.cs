using Course.Tests.Support;
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
        string[] keys = Load(language).Keys.ToArray();

        Assert.Empty(SearchStrings.Required.Except(keys));
        Assert.Empty(keys.Except(SearchStrings.Required).Except(SearchStrings.OptionalPluralForms));
    }

    [Fact]
    public void TurnsKeysIntoTheDataAttributesSearchJsReads()
    {
        IReadOnlyList<KeyValuePair<string, string>> attributes = SearchStrings.DataAttributes(Load("ru"));
        string script = File.ReadAllText(Repo.ThemeFile("assets", "js", "search-box.js"));

        Assert.Equal(
            ["data-label-count-few", "data-label-count-many", "data-label-count-one", "data-label-count-other", "data-label-definition", "data-label-error", "data-label-loading", "data-label-more", "data-label-none", "data-label-results", "data-label-unhighlight"],
            attributes.Select(a => a.Key));
        Assert.Contains("'data-label-' + key", script, StringComparison.Ordinal);
        foreach (string name in attributes.Select(a => a.Key["data-label-".Length..]).Where(n => !n.StartsWith("count-", StringComparison.Ordinal)))
        {
            Assert.Contains($"'{name}'", script, StringComparison.Ordinal);
        }

        Assert.Contains("label('count-' + form, count)", script, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSearchBoxTakesEveryScriptPathFromItsForm()
    {
        string script = File.ReadAllText(Repo.ThemeFile("assets", "js", "search-box.js"));
        IReadOnlyList<KeyValuePair<string, string>> attributes = SearchStrings.FormAttributes(Course.Web.Languages.CourseLanguages.Get("kk"), Load("kk"));

        // One list (SearchBrowserScripts) names what search loads; a path spelled in the script would be a second.
        Assert.DoesNotContain("assets/", script, StringComparison.Ordinal);
        foreach (string name in new[] { "data-scripts", "data-query", "data-worker" })
        {
            Assert.Contains($"'{name}'", script, StringComparison.Ordinal);
            Assert.Contains(attributes, a => a.Key == name && a.Value.Length > 0);
        }
    }

    private static Dictionary<string, string> Load(string language)
    {
        YamlStream yaml = [];
        yaml.Load(new StringReader(File.ReadAllText(Repo.ThemeFile("i18n", language, "search.yml"))));
        return ((YamlMappingNode)yaml.Documents[0].RootNode).Children
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);
    }
}
