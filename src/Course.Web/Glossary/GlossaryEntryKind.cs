namespace Course.Web.Glossary;

/// <summary>What a glossary entry names: a term (matched in any inflected form) or an abbreviation (matched exactly).</summary>
public enum GlossaryEntryKind
{
    Term,
    Abbreviation,
}
