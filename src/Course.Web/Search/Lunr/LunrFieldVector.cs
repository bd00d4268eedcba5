namespace Course.Web.Search.Lunr;

/// <summary>The BM25 vector of one field of one document, its elements sorted by term index.</summary>
public sealed record LunrFieldVector(string FieldName, string DocumentRef, IReadOnlyList<VectorElement> Elements)
{
    /// <summary>lunr's <c>FieldRef</c> string: <c>field/ref</c>; lunr splits it at the first slash.</summary>
    public string FieldRef => FieldName + "/" + DocumentRef;
}
