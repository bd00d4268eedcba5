using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Modules;

namespace Course.Web.Pipelines;

/// <summary>The theme's CSS, JavaScript and fonts, and the browser libraries from npm (no CDN), under assets/.</summary>
public sealed class Assets : Pipeline
{
    public Assets(string themeRoot)
    {
        InputModules.Add(new ReadFiles(Path.Combine(themeRoot, "assets")));
        InputModules.Add(new ReadVendorScripts(themeRoot));
        ProcessModules.Add(new SetAssetDestination());
        OutputModules.Add(new WriteFiles());
    }
}
