namespace Course.Web.Search.Lunr;

/// <summary>An indexed field and its boost, which multiplies every BM25 score in the field.</summary>
public sealed record LunrField(string Name, double Boost = 1);
