namespace Course.Web.Glossary.Matching;

/// <summary>An occurrence of a glossary entry in a text: <see cref="Length"/> characters from <see cref="Start"/>.</summary>
public sealed record GlossaryMatch(int Start, int Length, GlossaryEntry Entry)
{
    public int End => Start + Length;
}
