using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Modules;

namespace Course.Web.Pipelines;

/// <summary>Browser editing for authors at admin/ (Decap CMS), when the course settings say <c>editor: true</c>.</summary>
public sealed class Editor : Pipeline
{
    public Editor(string inputRoot, string themeRoot)
    {
        Dependencies.Add(nameof(Inputs));
        InputModules.Add(new ReadEditorFiles(themeRoot));
        ProcessModules.Add(new GenerateEditorConfig(inputRoot));
        ProcessModules.Add(new GenerateEditorPreview());
        OutputModules.Add(new WriteFiles());
    }
}
