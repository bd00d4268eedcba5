namespace Course.Web.Search.Lunr;

/// <summary>Drops the tokens that are exactly one of the given (lowercase) words, like <c>lunr.generateStopWordFilter</c>.</summary>
public static class StopWordFilter
{
    public static PipelineFunction Create(string label, IEnumerable<string> stopWords)
    {
        HashSet<string> words = new(stopWords.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        return PipelineFunction.Filter(label, word => !words.Contains(word));
    }
}
