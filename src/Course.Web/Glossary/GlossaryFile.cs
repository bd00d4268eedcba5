namespace Course.Web.Glossary;

/// <summary>The parsed definitions section of one language.</summary>
public sealed record GlossaryFile(string Lang, string DisplayPath, IReadOnlyList<GlossaryEntry> Entries)
{
    /// <summary>Finds the entry whose term or alias is <paramref name="name"/> (case-insensitive), e.g. for a chapter's keyTerms.</summary>
    public GlossaryEntry? FindByName(string name)
    {
        string wanted = name.Trim();
        return Entries.FirstOrDefault(entry => entry.Names.Any(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase)));
    }

    public GlossaryEntry? FindById(string id) => Entries.FirstOrDefault(entry => entry.Id == id);
}
