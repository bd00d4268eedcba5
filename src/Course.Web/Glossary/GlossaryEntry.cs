namespace Course.Web.Glossary;

/// <summary>
/// One entry of a language's definitions section. <see cref="Id"/> pairs the entry with its translation;
/// <see cref="Line"/> and <see cref="Column"/> (1-based) locate the term line in <see cref="SourceFile"/>.
/// </summary>
public sealed record GlossaryEntry(
    string Id,
    string Lang,
    string Term,
    GlossaryEntryKind Kind,
    IReadOnlyList<string> Aliases,
    string DefinitionMarkdown,
    string SourceFile,
    int Line,
    int Column)
{
    /// <summary>The term followed by its aliases: every name the entry is matched and found by.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Term);

    /// <summary>Discouraged variants (<c>avoid="…; …"</c>): the build warns where a page uses one instead of the term.</summary>
    public IReadOnlyList<string> Avoid { get; init; } = [];

    public bool IsAbbreviation => Kind == GlossaryEntryKind.Abbreviation;
}
