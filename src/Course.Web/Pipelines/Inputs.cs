using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Modules;

namespace Course.Web.Pipelines;

/// <summary>Reads the course folder once; other pipelines take what they need from here.</summary>
public sealed class Inputs : Pipeline
{
    public Inputs(string inputRoot)
    {
        InputModules.Add(new ReadFiles(inputRoot));
        ProcessModules.Add(new ExtractFrontMatter());
        ProcessModules.Add(new ClassifyPages());
        ProcessModules.Add(new CheckAddresses());
    }
}
