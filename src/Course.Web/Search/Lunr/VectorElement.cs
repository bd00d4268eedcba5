namespace Course.Web.Search.Lunr;

/// <summary>One (term index, score) pair of a field vector.</summary>
public readonly record struct VectorElement(int TermIndex, double Score);
