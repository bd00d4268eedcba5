namespace Course.Web.Search.Lunr;

/// <summary>
/// One field of one document while the index is being built: the document's number (the order it was added in),
/// its field's length after the pipeline and its terms (by index) with their frequencies.
/// </summary>
internal sealed record BuilderFieldEntry(int FieldIndex, int Document, double DocumentBoost, int Length, int[] TermIndexes, int[] Frequencies);
