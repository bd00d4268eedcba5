namespace Course.Web.Glossary.Terminology;

/// <summary>
/// A discouraged variant found in a text: its 1-based line and column, the words as written
/// (<see cref="Found"/>), the variant it matched and the entry whose term should be used instead.
/// </summary>
public sealed record DiscouragedUse(int Line, int Column, string Found, string Variant, GlossaryEntry Preferred);
