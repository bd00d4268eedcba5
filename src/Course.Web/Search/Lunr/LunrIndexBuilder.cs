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
        if (!refs.Add(documentRef))
        {
            throw new ArgumentException($"Duplicate document ref '{documentRef}'.", nameof(documentRef));
        }

        for (int f = 0; f < fields.Count; f++)
        {
            string name = fields[f].Name;
            IReadOnlyList<LunrToken> tokens = pipeline.Run(LunrTokenizer.Tokenize(fieldTexts.GetValueOrDefault(name), name));
            BuilderFieldEntry entry = new(f, documentRef, boost, tokens.Count);
            foreach (LunrToken token in tokens)
            {
                entry.Frequencies[token.Text] = entry.Frequencies.GetValueOrDefault(token.Text) + 1;
                Post(token.Text, f, documentRef);
            }

            fieldEntries.Add(entry);
        }

        return this;
    }

    public LunrIndex Build()
    {
        double[] averageLengths = AverageFieldLengths();
        Dictionary<string, double> idfCache = new(StringComparer.Ordinal);
        List<LunrFieldVector> vectors = new(fieldEntries.Count);
        foreach (BuilderFieldEntry entry in fieldEntries)
        {
            LunrField field = fields[entry.FieldIndex];
            List<VectorElement> elements = new(entry.Frequencies.Count);
            foreach ((string term, int frequency) in entry.Frequencies)
            {
                BuilderTerm postings = terms[term];
                if (!idfCache.TryGetValue(term, out double idf))
                {
                    idf = Bm25.Idf(postings.DocumentFieldCount, refs.Count);
                    idfCache[term] = idf;
                }

                double score = Bm25.Score(idf, frequency, entry.Length, averageLengths[entry.FieldIndex], field.Boost, entry.DocumentBoost);
                elements.Add(new VectorElement(postings.Index, score));
            }

            elements.Sort((a, b) => a.TermIndex.CompareTo(b.TermIndex));
            vectors.Add(new LunrFieldVector(field.Name, entry.DocumentRef, elements));
        }

        LunrPosting[] invertedIndex = terms
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new LunrPosting(pair.Key, pair.Value.Index, pair.Value.RefsByField.Select(JsObjectKeys.Order).ToArray()))
            .ToArray();
        return new LunrIndex(fields.Select(f => f.Name).ToArray(), vectors, invertedIndex, searchPipeline);
    }

    private void Post(string term, int fieldIndex, string documentRef)
    {
        if (!terms.TryGetValue(term, out BuilderTerm? postings))
        {
            postings = new BuilderTerm(terms.Count, fields.Count);
            terms.Add(term, postings);
        }

        List<string> fieldRefs = postings.RefsByField[fieldIndex];
        if (fieldRefs.Count == 0 || !string.Equals(fieldRefs[^1], documentRef, StringComparison.Ordinal))
        {
            fieldRefs.Add(documentRef);
        }
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
