using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Core.Modules;

/// <summary>Sets one metadata key from a per-document function.</summary>
public sealed class SetMetadata(string key, Func<Document, IExecutionContext, object?> value) : Module
{
    protected internal override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context) =>
        [input.WithMetadata(key, value(input, context))];
}
