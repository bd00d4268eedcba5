using Course.Core.Diagnostics;

namespace Course.Web.Glossary;

/// <summary>
/// The entries of one definitions section, in source order, the problems found, and the Markdown written
/// before the first term (an introduction the glossary page shows above the entries).
/// </summary>
public sealed record GlossaryParseResult(IReadOnlyList<GlossaryEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics, string IntroMarkdown)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
