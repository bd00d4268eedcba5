using Course.Core.Execution;
using Course.Web.Site;

namespace Course.Web.Outline;

/// <summary>Builds the course outline once per build, from the Inputs pipeline, for whichever module asks first.</summary>
public sealed class OutlineProvider
{
    private readonly Lock gate = new();
    private CourseOutline? outline;

    public CourseOutline Get(IExecutionContext context)
    {
        lock (gate)
        {
            return outline ??= CourseOutline.From(
                context.Outputs.FromPipeline("Inputs"),
                context.Services.Get<CourseSettings>(),
                context.Services.Get<UiStrings>());
        }
    }
}
