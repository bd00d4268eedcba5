namespace Course.Web.Search.Lunr;

/// <summary>
/// Builds a lunr.js 2.3.9-compatible index the way <c>lunr.Builder</c> does: declare the fields,
/// set the indexing pipeline and the search pipeline labels, add documents in order, then build.
/// The same documents and pipeline give the same index, byte for byte, as lunr.js itself.
/// </summary>
public sealed class LunrIndexBuilder
{
    private readonly List<LunrField> fields = [];
    private readonly Dictionary<string, BuilderTerm> terms = new(StringComparer.Ordinal);

    // Counted fields share one string per term (LunrTermCounter): found by reference, a term costs no character comparison.
    private readonly Dictionary<string, BuilderTerm> termsByReference = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> termsByIndex = [];
    private LunrTermCounter[] counters = [];
    private readonly List<BuilderFieldEntry> fieldEntries = [];
    private readonly HashSet<string> refs = new(StringComparer.Ordinal);
    private LunrPipeline pipeline = LunrPipeline.Empty;
    private IReadOnlyList<string> searchPipeline = [];

    public LunrIndexBuilder WithField(string name, double boost = 1)
    {
        if (refs.Count > 0)
        {
            throw new InvalidOperationException("Declare every field before adding documents.");
        }

        LunrFieldRules.Validate(name, boost, fields.Select(f => f.Name));
        fields.Add(new LunrField(name, boost));
        return this;
    }

    public LunrIndexBuilder WithPipeline(params IEnumerable<PipelineFunction> functions)
    {
        pipeline = new LunrPipeline(functions);
        counters = [];
        return this;
    }

    /// <summary>The labels written to <c>pipeline</c>; each must be registered in the browser before <c>lunr.Index.load</c>.</summary>
    public LunrIndexBuilder WithSearchPipeline(params IEnumerable<string> labels)
    {
        searchPipeline = labels.ToArray();
        return this;
    }

    /// <summary>Adds a document; <paramref name="fieldTexts"/> maps field names to text (a missing field is empty).</summary>
    public LunrIndexBuilder Add(string documentRef, IReadOnlyDictionary<string, string?> fieldTexts, double boost = 1)
    {
        LunrFieldRules.ValidateDocument(documentRef, boost, fieldTexts.Keys, fields);
        if (counters.Length != fields.Count)
        {
            counters = fields.Select(f => new LunrTermCounter(pipeline, f.Name)).ToArray();
        }

        Dictionary<string, LunrTermCounts> counted = new(StringComparer.Ordinal);
        for (int f = 0; f < fields.Count; f++)
        {
            counted[fields[f].Name] = counters[f].Count(fieldTexts.GetValueOrDefault(fields[f].Name));
        }

        return AddCounted(documentRef, counted, boost);
    }

    /// <summary>
    /// Adds a document whose fields were already counted with this builder's pipeline
    /// (<see cref="LunrTermCounter"/>, for example per page while the site is built); a missing field is empty.
    /// </summary>
    public LunrIndexBuilder AddCounted(string documentRef, IReadOnlyDictionary<string, LunrTermCounts> fieldTerms, double boost = 1)
    {
        LunrFieldRules.ValidateDocument(documentRef, boost, fieldTerms.Keys, fields);
        if (!refs.Add(documentRef))
        {
            throw new ArgumentException($"Duplicate document ref '{documentRef}'.", nameof(documentRef));
        }

        for (int f = 0; f < fields.Count; f++)
        {
            LunrTermCounts counts = fieldTerms.GetValueOrDefault(fields[f].Name) ?? LunrTermCounts.Empty;
            int[] indexes = new int[counts.Terms.Count];
            for (int t = 0; t < indexes.Length; t++)
            {
                indexes[t] = Post(counts.Terms[t], f, documentRef);
            }

            fieldEntries.Add(new BuilderFieldEntry(f, documentRef, boost, counts.Length, indexes, counts.Counts));
        }

        return this;
    }

    public LunrIndex Build() => Build(0);

    /// <summary>
    /// Builds the index; with <paramref name="significantDigits"/> above 0 it is compacted in the same pass
    /// (<see cref="LunrIndexCompactor"/>: terms renumbered, scores rounded), which equals
    /// <c>LunrIndexCompactor.Compact(Build(), significantDigits)</c> without holding the vectors twice.
    /// </summary>
    public LunrIndex Build(int significantDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(significantDigits);
        LunrPosting[] invertedIndex = terms
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new LunrPosting(pair.Key, pair.Value.Index, pair.Value.RefsByField.Select(JsObjectKeys.Order).ToArray()))
            .ToArray();
        LunrWeighting weighting = Weights(invertedIndex, significantDigits);

        // Each vector is computed on its own: on all cores, into its own slot, so the order is kept.
        var vectors = new LunrFieldVector[fieldEntries.Count];
        Parallel.For(0, fieldEntries.Count, v =>
        {
            BuilderFieldEntry entry = fieldEntries[v];
            var elements = new VectorElement[entry.TermIndexes.Length];
            for (int t = 0; t < elements.Length; t++)
            {
                elements[t] = new VectorElement(weighting.Numbering[entry.TermIndexes[t]], weighting.Weight(entry, t));
            }

            elements.AsSpan().Sort(default(TermIndexOrder));
            vectors[v] = new LunrFieldVector(fields[entry.FieldIndex].Name, entry.DocumentRef, elements);
        });

        if (significantDigits > 0)
        {
            invertedIndex = invertedIndex.Select(p => p with { TermIndex = weighting.Numbering[p.TermIndex] }).ToArray();
        }

        return new LunrIndex(fields.Select(f => f.Name).ToArray(), vectors, invertedIndex, searchPipeline);
    }

    /// <summary>
    /// The postings of <see cref="Build(int)"/> with the weight each document's field vector gives the term, computed
    /// straight from the counts: the same numbers and weights as pivoting the vectors, without making them. An index split
    /// by term writes these; lunr.Index.load needs the vectors.
    /// </summary>
    public LunrPostingsIndex BuildPostings(int significantDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(significantDigits);
        LunrPosting[] inserted = terms
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new LunrPosting(pair.Key, pair.Value.Index, pair.Value.RefsByField))
            .ToArray();
        LunrWeighting weighting = Weights(inserted, significantDigits);

        // A term's refs of a field were posted in the order of the field entries: walking the entries in that order
        // fills each term's weights position by position.
        double[][][] weights = new double[termsByIndex.Count][][];
        int[] filled = new int[termsByIndex.Count * fields.Count];
        foreach (LunrPosting posting in inserted)
        {
            weights[posting.TermIndex] = [.. posting.RefsByField.Select(refs => new double[refs.Count])];
        }

        foreach (BuilderFieldEntry entry in fieldEntries)
        {
            for (int t = 0; t < entry.TermIndexes.Length; t++)
            {
                int term = entry.TermIndexes[t];
                weights[term][entry.FieldIndex][filled[(term * fields.Count) + entry.FieldIndex]++] = weighting.Weight(entry, t);
            }
        }

        LunrTermPostings[] postings = [.. inserted.Select(p => new LunrTermPostings(p.Term, weighting.Numbering[p.TermIndex], p.RefsByField, weights[p.TermIndex]))];
        return new LunrPostingsIndex(fields.Select(f => f.Name).ToArray(), postings, searchPipeline);
    }

    // What scores a term in a field entry: term numbers (compacted or not), idf, average field lengths and the rounding.
    private LunrWeighting Weights(LunrPosting[] postings, int significantDigits)
    {
        int[] numbering = significantDigits == 0 ? Enumerable.Range(0, termsByIndex.Count).ToArray() : LunrIndexCompactor.Numbering(postings);
        Func<double, double> round = significantDigits == 0 ? score => score : LunrIndexCompactor.Rounding(significantDigits);
        double[] idf = new double[termsByIndex.Count];
        for (int t = 0; t < idf.Length; t++)
        {
            idf[t] = Bm25.Idf(terms[termsByIndex[t]].DocumentFieldCount, refs.Count);
        }

        return new LunrWeighting(numbering, idf, AverageFieldLengths(), [.. fields.Select(f => f.Boost)], round);
    }

    private int Post(string term, int fieldIndex, string documentRef)
    {
        if (!termsByReference.TryGetValue(term, out BuilderTerm? postings))
        {
            if (!terms.TryGetValue(term, out postings))
            {
                postings = new BuilderTerm(terms.Count, fields.Count);
                terms.Add(term, postings);
                termsByIndex.Add(term);
            }

            termsByReference.Add(term, postings);
        }

        List<string> fieldRefs = postings.RefsByField[fieldIndex];
        if (fieldRefs.Count == 0 || !string.Equals(fieldRefs[^1], documentRef, StringComparison.Ordinal))
        {
            fieldRefs.Add(documentRef);
        }

        return postings.Index;
    }

    private double[] AverageFieldLengths()
    {
        long[] totals = new long[fields.Count];
        foreach (BuilderFieldEntry entry in fieldEntries)
        {
            totals[entry.FieldIndex] += entry.Length;
        }

        return totals.Select(total => (double)total / refs.Count).ToArray();
    }
}
