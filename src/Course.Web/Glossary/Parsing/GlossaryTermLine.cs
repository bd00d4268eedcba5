namespace Course.Web.Glossary.Parsing;

/// <summary>A well-formed term line: <c>Term {#id .term aliases="a; b" avoid="c; d"}</c>; columns are 0-based.</summary>
internal sealed record GlossaryTermLine(GlossaryName Term, string Id, int IdColumn, GlossaryEntryKind Kind, IReadOnlyList<GlossaryName> Aliases, IReadOnlyList<GlossaryName> Avoid)
{
    public IEnumerable<GlossaryName> Names => Aliases.Prepend(Term);
}
