namespace Course.Web.Search.Lunr;

/// <summary>
/// One thread's numbering of the tokens a <see cref="LunrTermCounter"/> has met, each with the numbers its
/// terms have in the counter's <see cref="LunrTermTable"/>, and scratch counters indexed by those numbers:
/// counting a text then costs one lookup per word and array increments, and nothing is shared between threads.
/// </summary>
internal sealed class TokenVocabulary
{
    private readonly TokenTable tokenIds = new();
    private readonly List<int[]> tokenTerms = [];

    public bool TryGetToken(ReadOnlySpan<char> token, out int id) => tokenIds.TryGet(token, out id);

    /// <summary>Occurrences per token id in the text being counted; back to 0 after each count.</summary>
    public int[] TokenCounts { get; private set; } = new int[1024];

    /// <summary>Occurrences per term number in the text being counted; back to 0 after each count.</summary>
    public int[] TermCounts { get; private set; } = new int[1024];

    public List<int> TokenOrder { get; } = [];

    public List<int> TermOrder { get; } = [];

    public int[] TermsOf(int tokenId) => tokenTerms[tokenId];

    /// <summary>Numbers a new token, with the numbers of the terms the pipeline makes of it.</summary>
    public int Add(string token, int[] terms)
    {
        int id = tokenTerms.Count;
        tokenIds.Add(token, id);
        tokenTerms.Add(terms);
        if (id >= TokenCounts.Length)
        {
            TokenCounts = Grown(TokenCounts, id);
        }

        foreach (int term in terms)
        {
            if (term >= TermCounts.Length)
            {
                TermCounts = Grown(TermCounts, term);
            }
        }

        return id;
    }

    private static int[] Grown(int[] counts, int index)
    {
        int[] grown = new int[Math.Max(counts.Length * 2, index + 1)];
        counts.CopyTo(grown, 0);
        return grown;
    }
}
