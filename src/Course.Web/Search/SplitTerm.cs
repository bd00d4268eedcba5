namespace Course.Web.Search;

/// <summary>A term of a split index (<see cref="SearchSplitWriter"/>): its folded form picks its part; its postings carry their weights, per field.</summary>
internal sealed record SplitTerm(string Text, string Folded, int Index, List<(string Ref, double Weight)>[] ByField)
{
    /// <summary>What the term costs in its part: the term, its number, and a ref and a weight per posting.</summary>
    public int Bytes => (Text.Length * 2) + 8 + (ByField.Sum(f => f.Count) * 8);
}
