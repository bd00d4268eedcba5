using Course.Web.Search.Lunr;

namespace Course.Web.Search;

/// <summary>A term of a split index (<see cref="SearchSplitWriter"/>): its folded form picks its part; its postings carry their weights, per field.</summary>
internal sealed record SplitTerm(LunrTermPostings Postings, string Folded)
{
    /// <summary>What the term costs in its part: the term, its number, and a ref and a weight per posting.</summary>
    /// <remarks>Computed once: the split sums it again at every prefix length.</remarks>
    public int Bytes { get; } = (Postings.Term.Length * 2) + 8 + (Postings.DocumentFieldCount * 8);
}
