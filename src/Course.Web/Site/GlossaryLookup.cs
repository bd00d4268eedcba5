using System.Collections.Concurrent;

namespace Course.Web.Site;

/// <summary>Finds a glossary entry's page anchor by its term in a language (for the chapters' key-term lists).</summary>
public sealed class GlossaryLookup
{
    private readonly ConcurrentDictionary<(string Lang, string Term), string> anchors = new();

    public void Add(string lang, string term, string id) => anchors[(lang, term.ToLowerInvariant())] = id;

    /// <summary>Site path of the entry (kk/glossary/#phishing), or null when the term is unknown.</summary>
    public string? Href(string lang, string term) =>
        anchors.TryGetValue((lang, term.ToLowerInvariant()), out string? id) ? $"{lang}/glossary/#{id}" : null;
}
