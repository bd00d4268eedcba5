using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Modules;

namespace Course.Web.Pipelines;

/// <summary>
/// The offline copy of the site: the web app manifest and the service worker. It runs last, because the
/// worker lists every file of the build and names its cache by their hash. Not for <c>--index-html</c>
/// copies (file:// and LMS players have no service workers) nor the preview (<see cref="Site.CourseSettings.Offline"/>).
/// </summary>
public sealed class OfflineCache : Pipeline
{
    public OfflineCache(string themeRoot)
    {
        RunsLast = true;
        PostProcessModules.Add(new RenderWebManifest());
        PostProcessModules.Add(new RenderServiceWorker(themeRoot));
        OutputModules.Add(new WriteFiles());
    }
}
