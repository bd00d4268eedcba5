using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Modules;

namespace Course.Web.Pipelines;

/// <summary>The chapters' quiz banks: parsed and checked in Process, rendered as quiz pages and the overview in PostProcess.</summary>
public sealed class Quizzes : Pipeline
{
    public Quizzes()
    {
        Dependencies.Add(nameof(Inputs));
        ProcessModules.Add(new ReplaceDocuments(nameof(Inputs)));
        ProcessModules.Add(new RenderQuizzes());
        PostProcessModules.Add(new RenderLayout());
        OutputModules.Add(new WriteFiles());
    }
}
