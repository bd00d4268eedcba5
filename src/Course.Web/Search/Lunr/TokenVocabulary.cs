namespace Course.Web.Search.Lunr;

/// <summary>
/// One thread's numbering of the tokens and terms a <see cref="LunrTermCounter"/> has met, with scratch
/// counters indexed by those numbers: counting a text then costs one lookup per word and array
/// increments, and nothing is shared between threads.
/// </summary>
internal sealed class TokenVocabulary
{
    private readonly TokenTable tokenIds = new();
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<int[]> tokenTerms = [];

    public bool TryGetToken(ReadOnlySpan<char> token, out int id) => tokenIds.TryGet(token, out id);

    public List<string> Terms { get; } = [];

    /// <summary>Occurrences per token id in the text being counted; back to 0 after each count.</summary>
    public int[] TokenCounts { get; private set; } = new int[1024];

    /// <summary>Occurrences per term id in the text being counted; back to 0 after each count.</summary>
    public int[] TermCounts { get; private set; } = new int[1024];

    public List<int> TokenOrder { get; } = [];

    public List<int> TermOrder { get; } = [];

    public int[] TermsOf(int tokenId) => tokenTerms[tokenId];

    /// <summary>Numbers a new token, with the ids of the terms the pipeline makes of it.</summary>
    public int Add(string token, string[] terms)
    {
        int id = tokenTerms.Count;
        tokenIds.Add(token, id);
        tokenTerms.Add([.. terms.Select(TermId)]);
        if (id >= TokenCounts.Length)
        {
            TokenCounts = Grown(TokenCounts);
        }

        return id;
    }

    private int TermId(string term)
    {
        if (!termIds.TryGetValue(term, out int id))
        {
            id = Terms.Count;
            termIds.Add(term, id);
            Terms.Add(term);
            if (id >= TermCounts.Length)
            {
                TermCounts = Grown(TermCounts);
            }
        }

        return id;
    }

    private static int[] Grown(int[] counts)
    {
        int[] grown = new int[counts.Length * 2];
        counts.CopyTo(grown, 0);
        return grown;
    }
}
