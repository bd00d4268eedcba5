namespace Course.Web.Search.Lunr;

/// <summary>
/// A built index as weighted postings instead of lunr's per-document field vectors (<see cref="LunrIndexBuilder.BuildPostings"/>):
/// what an index split by term needs. <see cref="Refs"/> are the documents' refs in the order they were added (the postings
/// number documents by position in it). Postings are sorted ordinally by term; term numbers and weights equal <see cref="LunrIndex"/>'s.
/// </summary>
public sealed record LunrPostingsIndex(IReadOnlyList<string> Fields, IReadOnlyList<string> Refs, IReadOnlyList<LunrTermPostings> Postings, IReadOnlyList<string> Pipeline);
