using YamlDotNet.RepresentationModel;

namespace Course.Tests.Support;

/// <summary>The theme's UI strings as the tests read them: a flat <c>key: value</c> file under theme/i18n/&lt;lang&gt;/.</summary>
public static class ThemeStrings
{
    public static IReadOnlyDictionary<string, string> Read(string lang, string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Repo.ReadText("theme", "i18n", lang, file + ".yml")));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.ToDictionary(
            entry => ((YamlScalarNode)entry.Key).Value!,
            entry => ((YamlScalarNode)entry.Value).Value!,
            StringComparer.Ordinal);
    }
}
