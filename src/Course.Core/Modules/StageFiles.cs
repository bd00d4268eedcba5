using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Core.Modules;

/// <summary>
/// Writes finished pages to the build's staging folder as soon as they are made, and keeps only a
/// reference to the file: a site of thousands of pages then never holds all of them in memory. The
/// output folder is still untouched until the build succeeds; <see cref="WriteFiles"/> skips these
/// pages. Without a staging folder (preview, tests) the text stays in memory.
/// </summary>
public sealed class StageFiles : Module
{
    protected internal override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
    {
        if (input.Destination is null || input.Body.IsEmpty)
        {
            return [input];
        }

        FileContent? staged = context.Writer.Stage(input.Destination, input.Content);
        return [staged is null ? input : input.WithBody(staged)];
    }
}
