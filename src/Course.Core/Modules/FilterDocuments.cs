using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Core.Modules;

/// <summary>Keeps the documents that match a predicate.</summary>
public sealed class FilterDocuments(Func<Document, bool> predicate) : Module
{
    protected internal override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context) =>
        predicate(input) ? [input] : [];
}
