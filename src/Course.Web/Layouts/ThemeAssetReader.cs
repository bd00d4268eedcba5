using Course.Core.Diagnostics;
using Course.Web.Progress;
using Course.Web.Site;
using YamlDotNet.RepresentationModel;

namespace Course.Web.Layouts;

/// <summary>Reads the lists of <see cref="ThemeAssets"/>, adding a diagnostic at the node of every entry it cannot take.</summary>
internal sealed class ThemeAssetReader(string themeRoot, string display, List<Diagnostic> diagnostics)
{
    // Files a theme may load that the build writes rather than copies from theme/assets/.
    private static readonly string[] BuildFiles = [ThemeAssets.LangPlaceholder + "/" + ReadingMap.FileName];

    private static readonly string[] EntryKeys = ["path", "kinds", "lms"];

    private static readonly string KindNames = string.Join(", ", Enum.GetValues<PageKind>().Where(k => k != PageKind.None).Select(Name));

    public void CheckKeys(YamlMappingNode mapping, string[] known)
    {
        foreach (YamlNode key in mapping.Children.Keys.Where(k => !known.Contains((k as YamlScalarNode)?.Value, StringComparer.Ordinal)))
        {
            Error(key, $"Unknown key '{(key as YamlScalarNode)?.Value}'.", $"Use one of: {string.Join(", ", known)}.");
        }
    }

    public List<ThemeAsset> List(YamlMappingNode root, string key)
    {
        var result = new List<ThemeAsset>();
        if (!root.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) || node is not YamlSequenceNode list)
        {
            Error(node ?? root, $"'{key}' must be a list of paths.", $"Write '{key}:' with one '- path' per line under it ('{key}: []' for none).");
            return result;
        }

        foreach (YamlNode entry in list.Children)
        {
            if (Entry(entry) is { } asset)
            {
                result.Add(asset);
            }
        }

        return result;
    }

    private ThemeAsset? Entry(YamlNode entry)
    {
        if (entry is YamlScalarNode scalar)
        {
            return Checked(scalar, null, false);
        }

        if (entry is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode("path"), out YamlNode? pathNode) || pathNode is not YamlScalarNode path)
        {
            Error(entry, "An entry must be a path, or a mapping with 'path:' and optionally 'kinds:' and 'lms:'.", "Write '- assets/css/x.css' or '- { path: assets/css/x.css, kinds: [print] }'.");
            return null;
        }

        CheckKeys(mapping, EntryKeys);
        HashSet<PageKind>? kinds = mapping.Children.TryGetValue(new YamlScalarNode("kinds"), out YamlNode? kindsNode) ? Kinds(kindsNode) : null;
        bool lms = false;
        if (mapping.Children.TryGetValue(new YamlScalarNode("lms"), out YamlNode? lmsNode) && !(lmsNode is YamlScalarNode { Value: var flag } && bool.TryParse(flag, out lms)))
        {
            Error(lmsNode, "'lms' must be true or false.", "Write 'lms: true' to load the file only in an LMS package, or leave 'lms' out.");
        }

        return Checked(path, kinds, lms);
    }

    private HashSet<PageKind> Kinds(YamlNode node)
    {
        var kinds = new HashSet<PageKind>();
        IEnumerable<YamlNode> items = node is YamlSequenceNode list ? list.Children : [node];
        foreach (YamlNode item in items)
        {
            string name = (item as YamlScalarNode)?.Value ?? string.Empty;
            if (Enum.TryParse(name, ignoreCase: true, out PageKind kind) && kind != PageKind.None && Name(kind) == name)
            {
                kinds.Add(kind);
            }
            else
            {
                Error(item, $"'{name}' is not a page kind.", $"Use some of: {KindNames}.");
            }
        }

        return kinds;
    }

    private ThemeAsset? Checked(YamlScalarNode node, HashSet<PageKind>? kinds, bool lms)
    {
        string path = node.Value ?? string.Empty;
        bool themeFile = path.StartsWith("assets/", StringComparison.Ordinal) && !path.Split('/').Contains("..");
        if (themeFile && !File.Exists(Path.Combine(themeRoot, path)))
        {
            Error(node, $"'{path}' is not a file of the theme.", "Add the file under theme/assets/ or correct the path.");
            return null;
        }

        if (!themeFile && !BuildFiles.Contains(path, StringComparer.Ordinal))
        {
            Error(node, $"'{path}' is neither a file of the theme (assets/…) nor one the build writes ({string.Join(", ", BuildFiles)}).", "Put the file under theme/assets/ and write its path from 'assets/'.");
            return null;
        }

        return new ThemeAsset(path, kinds, lms);
    }

    private static string Name(PageKind kind) => kind.ToString().ToLowerInvariant();

    private void Error(YamlNode node, string message, string fix) =>
        diagnostics.Add(Diagnostic.Error(display, (int)node.Start.Line, (int)node.Start.Column, message, fix));
}
