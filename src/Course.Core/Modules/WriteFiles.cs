using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Core.Modules;

/// <summary>Hands documents with a destination to the site writer: text as is, binary files copied from their source.</summary>
public sealed class WriteFiles : Module
{
    protected override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
    {
        if (input.Destination is null)
        {
            return [input];
        }

        if (input.Content.Length == 0 && input.Source is not null)
        {
            context.Writer.CopyFrom(input.Destination, input.Source);
        }
        else
        {
            context.Writer.WriteText(input.Destination, input.Content);
        }

        return [input];
    }
}
