using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Web.Modules;

/// <summary>Theme assets keep their path under assets/.</summary>
public sealed class SetAssetDestination : Module
{
    protected override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context) =>
        [input.WithDestination("assets/" + input.RelativePath)];
}
