namespace Course.Web.Search.Lunr;

/// <summary>One field of one document while the index is being built: its length after the pipeline and its terms (by index) with their frequencies.</summary>
internal sealed record BuilderFieldEntry(int FieldIndex, string DocumentRef, double DocumentBoost, int Length, int[] TermIndexes, IReadOnlyList<int> Frequencies);
