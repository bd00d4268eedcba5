using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Markdown;

namespace Course.Web.Modules;

/// <summary>Checks every link's #fragment against the headings (and glossary ids) of its target page, once all pages are rendered.</summary>
public sealed class CheckAnchors : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Document page in context.Inputs.Concat(context.Outputs.FromPipeline("Glossary")))
        {
            var set = ids.TryGetValue(page.GetString(CourseKeys.UrlPath), out HashSet<string>? existing) ? existing : new HashSet<string>(StringComparer.Ordinal);
            foreach (HeadingInfo heading in page.Get<IReadOnlyList<HeadingInfo>>(CourseKeys.Headings) ?? [])
            {
                set.Add(heading.Id);
            }

            foreach (string id in page.Get<IReadOnlyList<string>>("AnchorIds") ?? [])
            {
                set.Add(id);
            }

            ids[page.GetString(CourseKeys.UrlPath)] = set;
        }

        foreach (PendingAnchor anchor in context.Inputs.SelectMany(p => p.Get<IReadOnlyList<PendingAnchor>>(nameof(PendingAnchor)) ?? []))
        {
            if (ids.TryGetValue(anchor.TargetUrlPath, out HashSet<string>? set) && !set.Contains(anchor.Fragment))
            {
                context.Diagnostics.Add(Diagnostic.Error(anchor.File, anchor.Line, anchor.Column, $"The link's anchor '#{anchor.Fragment}' is not a heading id of {anchor.TargetUrlPath}.", "Give the target heading a fixed id ('## Title {#id}') and link to it, or drop the anchor."));
            }
        }

        return Task.FromResult(context.Inputs);
    }
}
