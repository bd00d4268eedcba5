using Course.Core.Diagnostics;
using Course.Core.IO;
using Course.Web.Site;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Course.Web.Layouts;

/// <summary>
/// The stylesheets and scripts the theme's pages load, listed in <c>theme/assets.yml</c> (so a theme adds a file
/// without a change to the generator), read and checked once per build: a path that is neither a file of the
/// theme nor one the build writes is an error at its line and column.
/// </summary>
public sealed class ThemeAssets(IReadOnlyList<ThemeAsset> styles, IReadOnlyList<ThemeAsset> scripts)
{
    public const string FileName = "assets.yml";

    /// <summary>Stands for the page's language in a path.</summary>
    public const string LangPlaceholder = "{lang}";

    private static readonly string[] Lists = ["styles", "scripts"];

    public IReadOnlyList<ThemeAsset> Styles { get; } = styles;

    public IReadOnlyList<ThemeAsset> Scripts { get; } = scripts;

    /// <summary>The stylesheets a page loads, each prefixed with <paramref name="root"/> (the page's way to the site's root).</summary>
    public List<string> StylesFor(string root, string lang, PageKind kind, bool lms) => For(Styles, root, lang, kind, lms);

    /// <summary>The scripts a page loads, in order, each prefixed with <paramref name="root"/>.</summary>
    public List<string> ScriptsFor(string root, string lang, PageKind kind, bool lms) => For(Scripts, root, lang, kind, lms);

    public static (ThemeAssets? Assets, IReadOnlyList<Diagnostic> Diagnostics) Load(string themeRoot)
    {
        string file = Path.Combine(themeRoot, FileName);
        string display = DisplayPaths.For(file);
        if (!File.Exists(file))
        {
            return (null, [Diagnostic.Error(display, 1, 1, "The theme has no list of its stylesheets and scripts.", $"Add {FileName} to the theme with the lists 'styles:' and 'scripts:' (docs/architecture.md).")]);
        }

        YamlStream stream;
        try
        {
            stream = YamlValues.Load(File.ReadAllText(file));
        }
        catch (YamlException exception)
        {
            return (null, [Diagnostic.Error(display, (int)exception.Start.Line, (int)exception.Start.Column, $"Broken YAML: {YamlValues.Explain(exception)}", "Check the indentation and the brackets.")]);
        }

        var diagnostics = new List<Diagnostic>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(Diagnostic.Error(display, 1, 1, "'styles' must be a list of paths.", "Write 'styles:' and 'scripts:', each with one '- path' per line under it."));
            return (null, diagnostics);
        }

        var reader = new ThemeAssetReader(themeRoot, display, diagnostics);
        reader.CheckKeys(root, Lists);
        var assets = new ThemeAssets(reader.List(root, "styles"), reader.List(root, "scripts"));
        return (diagnostics.Count == 0 ? assets : null, diagnostics);
    }

    private static List<string> For(IReadOnlyList<ThemeAsset> assets, string root, string lang, PageKind kind, bool lms)
    {
        var paths = new List<string>(assets.Count);
        foreach (ThemeAsset asset in assets)
        {
            if (asset.IsFor(kind, lms))
            {
                paths.Add(root + asset.Path.Replace(LangPlaceholder, lang, StringComparison.Ordinal));
            }
        }

        return paths;
    }
}
