using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Modules;

namespace Course.Web.Pipelines;

/// <summary>Whole-site files: the language chooser at the root, 404 pages, sitemap.xml and robots.txt.</summary>
public sealed class SiteFiles : Pipeline
{
    public SiteFiles()
    {
        PostProcessModules.Add(new GenerateSiteFiles());
        OutputModules.Add(new WriteFiles());
    }
}
