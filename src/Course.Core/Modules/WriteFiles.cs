using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Core.Modules;

/// <summary>Hands documents with a destination to the site writer: text as is, binary files copied from their source; pages already staged (<see cref="StageFiles"/>) are there.</summary>
public sealed class WriteFiles : Module
{
    protected internal override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
    {
        if (input.Destination is null)
        {
            return [input];
        }

        if (input.Body is FileContent { Staged: true })
        {
            return [input];
        }

        if (input.Body is BytesContent bytes)
        {
            context.Writer.WriteBytes(input.Destination, bytes.Bytes);
        }
        else if (input.Body.IsEmpty && input.Source is not null)
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
