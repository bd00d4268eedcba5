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
    private readonly List<string> termsByIndex = [];

    // The builder's term for each number of the last counts' table (LunrTermCounter): counted documents are
    // posted by an array lookup, not by hashing each term's text.
    private LunrTermTable? postedTable;
    private BuilderTerm?[] termsByTableId = [];
    private LunrTermCounter[] counters = [];
    private readonly List<BuilderFieldEntry> fieldEntries = [];
    private readonly HashSet<string> refs = new(StringComparer.Ordinal);
    private readonly List<string> refsInOrder = [];
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
            LunrTermTable table = new();
            counters = fields.Select(f => new LunrTermCounter(pipeline, f.Name, table)).ToArray();
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

        int document = refsInOrder.Count;
        refsInOrder.Add(documentRef);
        for (int f = 0; f < fields.Count; f++)
        {
            LunrTermCounts counts = fieldTerms.GetValueOrDefault(fields[f].Name) ?? LunrTermCounts.Empty;
            int[] indexes = new int[counts.TermIds.Length];
            for (int t = 0; t < indexes.Length; t++)
            {
                BuilderTerm term = TermOf(counts.Table, counts.TermIds[t]);
                term.DocumentCounts[f]++;
                indexes[t] = term.Index;
            }

            fieldEntries.Add(new BuilderFieldEntry(f, document, boost, counts.Length, indexes, counts.Counts));
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
        int[][] documents = Documents();
        LunrPosting[] invertedIndex = terms
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new LunrPosting(pair.Key, pair.Value.Index, [.. Enumerable.Range(0, fields.Count).Select(f => JsObjectKeys.Order(RefsOf(documents[(pair.Value.Index * fields.Count) + f])))]))
            .ToArray();
        LunrWeighting weighting = Weights(significantDigits);

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
            vectors[v] = new LunrFieldVector(fields[entry.FieldIndex].Name, refsInOrder[entry.Document], elements);
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
        LunrWeighting weighting = Weights(significantDigits);

        // A term's documents of a field are in the order of the field entries: walking the entries in that order
        // fills each term's weights position by position.
        int[][] documents = Documents();
        double[][] weights = [.. documents.Select(d => new double[d.Length])];
        int[] filled = new int[documents.Length];
        foreach (BuilderFieldEntry entry in fieldEntries)
        {
            for (int t = 0; t < entry.TermIndexes.Length; t++)
            {
                int slot = (entry.TermIndexes[t] * fields.Count) + entry.FieldIndex;
                weights[slot][filled[slot]++] = weighting.Weight(entry, t);
            }
        }

        LunrTermPostings[] postings = [.. terms
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new LunrTermPostings(
                pair.Key,
                weighting.Numbering[pair.Value.Index],
                documents[(pair.Value.Index * fields.Count)..((pair.Value.Index + 1) * fields.Count)],
                weights[(pair.Value.Index * fields.Count)..((pair.Value.Index + 1) * fields.Count)]))];
        return new LunrPostingsIndex([.. fields.Select(f => f.Name)], [.. refsInOrder], postings, searchPipeline);
    }

    // Per term and field (slot term · fields + field), the documents holding it in the order they were added.
    private int[][] Documents()
    {
        int[][] documents = new int[termsByIndex.Count * fields.Count][];
        for (int t = 0; t < termsByIndex.Count; t++)
        {
            BuilderTerm term = terms[termsByIndex[t]];
            for (int f = 0; f < fields.Count; f++)
            {
                documents[(t * fields.Count) + f] = new int[term.DocumentCounts[f]];
            }
        }

        int[] filled = new int[documents.Length];
        foreach (BuilderFieldEntry entry in fieldEntries)
        {
            foreach (int term in entry.TermIndexes)
            {
                int slot = (term * fields.Count) + entry.FieldIndex;
                documents[slot][filled[slot]++] = entry.Document;
            }
        }

        return documents;
    }

    private string[] RefsOf(int[] documents) => Array.ConvertAll(documents, d => refsInOrder[d]);

    // What scores a term in a field entry: term numbers (compacted or not), idf, average field lengths and the rounding.
    private LunrWeighting Weights(int significantDigits)
    {
        BuilderTerm[] byIndex = [.. termsByIndex.Select(t => terms[t])];
        int[] numbering = significantDigits == 0
            ? Enumerable.Range(0, byIndex.Length).ToArray()
            : LunrIndexCompactor.Numbering([.. byIndex.Select(t => (termsByIndex[t.Index], t.Index, t.DocumentFieldCount))]);
        Func<double, double> round = significantDigits == 0 ? score => score : LunrIndexCompactor.Rounding(significantDigits);
        double[] idf = [.. byIndex.Select(t => Bm25.Idf(t.DocumentFieldCount, refs.Count))];
        return new LunrWeighting(numbering, idf, AverageFieldLengths(), [.. fields.Select(f => f.Boost)], round);
    }

    private BuilderTerm TermOf(LunrTermTable table, int id)
    {
        if (!ReferenceEquals(table, postedTable))
        {
            postedTable = table;
            termsByTableId = new BuilderTerm?[table.Count];
        }

        if (id >= termsByTableId.Length)
        {
            Array.Resize(ref termsByTableId, Math.Max(table.Count, id + 1));
        }

        return termsByTableId[id] ??= TermOf(table[id]);
    }

    private BuilderTerm TermOf(string text)
    {
        if (!terms.TryGetValue(text, out BuilderTerm? term))
        {
            term = new BuilderTerm(terms.Count, fields.Count);
            terms.Add(text, term);
            termsByIndex.Add(text);
        }

        return term;
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
