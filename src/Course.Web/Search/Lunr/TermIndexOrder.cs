namespace Course.Web.Search.Lunr;

/// <summary>Orders vector elements by term index; a struct comparer, so sorting millions of them is not a delegate call each.</summary>
internal readonly struct TermIndexOrder : IComparer<VectorElement>
{
    public int Compare(VectorElement x, VectorElement y) => x.TermIndex.CompareTo(y.TermIndex);
}
