namespace Course.Tests.Fuzz;

/// <summary>The ways a fuzz case damages a file.</summary>
public enum MutationKind
{
    Bytes,
    Lines,
    YamlStructure,
    MarkdownNesting,
    HtmlAndLinks,
    Truncate,
    Unicode,
    Repeat,
}
