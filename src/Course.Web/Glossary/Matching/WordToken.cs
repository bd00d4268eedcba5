namespace Course.Web.Glossary.Matching;

/// <summary>A word of a text: its start offset, its length and its characters.</summary>
public readonly record struct WordToken(int Start, int Length, string Text)
{
    public int End => Start + Length;
}
