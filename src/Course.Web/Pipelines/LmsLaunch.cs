using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Modules;

namespace Course.Web.Pipelines;

/// <summary>The LMS launch page of each language (only in builds for an LMS package: <c>course package</c>).</summary>
public sealed class LmsLaunch : Pipeline
{
    public LmsLaunch()
    {
        PostProcessModules.Add(new RenderLmsLaunch());
        OutputModules.Add(new WriteFiles());
    }
}
