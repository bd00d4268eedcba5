using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Glossary;

namespace Course.Web.Site;

/// <summary>
/// Finds a glossary entry's page anchor by its term in a language (for the chapters' key-term lists). Built
/// from the Glossary pipeline's parsed definitions sections, read under the engine's phase rules like the
/// outline, so no module writes it for another to read.
/// </summary>
public sealed class GlossaryLookup
{
    private readonly Dictionary<(string Lang, string Term), string> anchors = [];

    private GlossaryLookup(IEnumerable<GlossaryFile> files)
    {
        foreach (GlossaryFile file in files)
        {
            foreach (GlossaryEntry entry in file.Entries)
            {
                foreach (string name in entry.Names)
                {
                    anchors[(file.Lang, name.ToLowerInvariant())] = entry.Id;
                }
            }
        }
    }

    /// <summary>The lookup of this build: the Glossary pipeline's outputs, or its own documents when the Glossary pipeline asks.</summary>
    public static GlossaryLookup Of(IExecutionContext context) =>
        new((context.PipelineName == nameof(Pipelines.Glossary) ? context.Inputs : context.Outputs.FromPipeline(nameof(Pipelines.Glossary)))
            .Select(d => d.Get<GlossaryFile>(CourseKeys.Glossary))
            .OfType<GlossaryFile>());

    /// <summary>Site path of the entry (kk/glossary/#phishing), or null when the term is unknown.</summary>
    public string? Href(string lang, string term) =>
        anchors.TryGetValue((lang, term.ToLowerInvariant()), out string? id) ? $"{lang}/glossary/#{id}" : null;
}
