namespace Course.Web.Search.Lunr;

/// <summary>
/// A built index in lunr.js 2.3.9's model, ready for <see cref="LunrIndexSerializer"/>:
/// fields in declaration order, one vector per field of every document, postings sorted ordinally
/// by term, and the labels of the search pipeline the browser must have registered.
/// </summary>
public sealed record LunrIndex(
    IReadOnlyList<string> Fields,
    IReadOnlyList<LunrFieldVector> FieldVectors,
    IReadOnlyList<LunrPosting> InvertedIndex,
    IReadOnlyList<string> Pipeline)
{
    public const string Version = "2.3.9";
}
