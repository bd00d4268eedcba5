using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Site;

namespace Course.Web.Outline;

/// <summary>
/// Builds the course outline once per build, from the Inputs pipeline, for whichever module asks first.
/// Every caller still reads Inputs through its own context, so a module whose pipeline may not read
/// Inputs fails the engine's access check even when the outline is already built.
/// </summary>
public sealed class OutlineProvider
{
    private readonly Lock gate = new();
    private CourseOutline? outline;

    public CourseOutline Get(IExecutionContext context)
    {
        ImmutableArray<Document> inputs = context.Outputs.FromPipeline("Inputs");
        lock (gate)
        {
            return outline ??= CourseOutline.From(inputs, context.Services.Get<CourseSettings>(), context.Services.Get<UiStrings>());
        }
    }
}
