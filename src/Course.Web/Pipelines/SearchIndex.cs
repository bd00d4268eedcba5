using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Modules;

namespace Course.Web.Pipelines;

/// <summary>One lunr index per language over the sections of the pages (Content's Process output, without layout) and the glossary entries.</summary>
public sealed class SearchIndex : Pipeline
{
    public SearchIndex()
    {
        PostProcessModules.Add(new GenerateSearchIndex());
        OutputModules.Add(new WriteFiles());
    }
}
