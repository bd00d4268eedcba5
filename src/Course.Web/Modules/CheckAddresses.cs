using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>
/// Every file of a language folder becomes an address, so its folder and file names must be URL-safe slugs
/// (lowercase Latin letters, digits, hyphens: docs/authoring.md); names are rejected rather than
/// percent-encoded, so addresses stay readable and equal in every host, zip and LMS. Two files that would
/// become the same page (<c>x.md</c> and <c>x/index.md</c>) are an error naming both; the second is dropped.
/// </summary>
public sealed partial class CheckAddresses : Module
{
    protected override Task<ImmutableArray<Document>> ExecuteContextAsync(IExecutionContext context)
    {
        var languages = context.Services.Get<Site.CourseSettings>().Languages;
        foreach (Document document in context.Inputs)
        {
            string[] parts = document.RelativePath.Split('/');
            if (parts.Length < 2 || !languages.Contains(parts[0]))
            {
                continue;
            }

            string name = parts[^1];
            string stem = Path.GetFileNameWithoutExtension(name);
            string extension = Path.GetExtension(name);
            string? bad = parts[1..^1].Append(stem).FirstOrDefault(part => !AddressSlug.IsValid(part));
            if (bad is not null || (extension.Length > 0 && !Extension().IsMatch(extension)))
            {
                string part = bad ?? extension;
                context.Diagnostics.Add(Diagnostic.Error(document.GetString(Keys.DisplayPath, document.RelativePath), 1, 1,
                    $"The name '{part}' cannot be part of a web address: names may only have lowercase Latin letters, digits and hyphens.",
                    $"Rename it, e.g. to '{AddressSlug.Suggest(part)}' (and update the links to it)."));
            }
        }

        var dropped = new HashSet<Document>(ReferenceEqualityComparer.Instance);
        foreach (IGrouping<string, Document> group in context.Inputs.Where(d => d.Destination is not null).GroupBy(d => d.Destination!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            List<Document> sources = [.. group.OrderBy(d => d.RelativePath, StringComparer.Ordinal)];
            foreach (Document duplicate in sources.Skip(1))
            {
                context.Diagnostics.Add(Diagnostic.Error(duplicate.GetString(Keys.DisplayPath, duplicate.RelativePath), 1, 1,
                    $"'{duplicate.RelativePath}' and '{sources[0].RelativePath}' would both become the page '{group.Key}'.",
                    $"Keep one of them: rename or remove '{duplicate.RelativePath}' or '{sources[0].RelativePath}'."));
                dropped.Add(duplicate);
            }
        }

        // The build fails on the error above; dropping the second source keeps the whole-site modules
        // (outline, reading map, print edition), which key pages by address, from failing on it unnamed.
        return Task.FromResult(dropped.Count == 0 ? context.Inputs : [.. context.Inputs.Where(d => !dropped.Contains(d))]);
    }

    [GeneratedRegex("^\\.[a-z0-9]+$")]
    private static partial Regex Extension();
}
