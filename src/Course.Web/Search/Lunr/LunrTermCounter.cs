using System.Collections.Concurrent;

namespace Course.Web.Search.Lunr;

/// <summary>
/// Counts a field's terms as lunr.Builder.add does (tokenize, run the pipeline, count), but runs the
/// pipeline once per distinct token and caches the result for every later document. That is exact
/// because pipeline functions are token-local, as lunr's own are; a course's texts repeat the same
/// few thousand words, so this saves a token object and a stemmer call per word. Terms are numbered in
/// <paramref name="table"/> (its own when none is given): counters sharing a table give a term one number. Thread-safe.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The ThreadLocal holds plain caches that live exactly as long as the counter; disposing it would only release them earlier.")]
public sealed class LunrTermCounter(LunrPipeline pipeline, string field, LunrTermTable? table = null)
{
    private readonly ConcurrentDictionary<string, int[]> processed = new(StringComparer.Ordinal);

    /// <summary>Where the counts' term numbers are looked up.</summary>
    public LunrTermTable Table { get; } = table ?? new LunrTermTable();

    // Each thread numbers what it meets itself: a shared dictionary costs more per lookup than the rest of the count.
    private readonly ThreadLocal<TokenVocabulary> vocabularies = new(() => new TokenVocabulary());

    public LunrTermCounts Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return LunrTermCounts.Empty;
        }

        // Tokens as written, counted in first-occurrence order: lowercasing is per character and never
        // makes or removes a separator, so it can wait until a new token is processed.
        TokenVocabulary vocabulary = vocabularies.Value!;
        int[] tokenCounts = vocabulary.TokenCounts;
        List<int> tokenOrder = vocabulary.TokenOrder;
        tokenOrder.Clear();
        bool spacesAndHyphensOnly = !LunrTokenizer.HasRareSeparator(text);
        int start = 0;
        while (start <= text.Length)
        {
            ReadOnlySpan<char> rest = text.AsSpan(start);
            int toSeparator = spacesAndHyphensOnly ? rest.IndexOfAny(' ', '-') : rest.IndexOfAny(LunrTokenizer.Separators);
            int end = toSeparator < 0 ? text.Length : start + toSeparator;
            if (end > start)
            {
                if (!vocabulary.TryGetToken(text.AsSpan(start, end - start), out int id))
                {
                    string token = text[start..end];
                    id = vocabulary.Add(token, Process(token));
                    tokenCounts = vocabulary.TokenCounts;
                }

                if (tokenCounts[id]++ == 0)
                {
                    tokenOrder.Add(id);
                }
            }

            start = end + 1;
        }

        // Terms in the order they first occur: a term's first token comes before any other token making it.
        int[] termCounts = vocabulary.TermCounts;
        List<int> termOrder = vocabulary.TermOrder;
        termOrder.Clear();
        int length = 0;
        foreach (int token in tokenOrder)
        {
            int occurrences = tokenCounts[token];
            tokenCounts[token] = 0;
            foreach (int term in vocabulary.TermsOf(token))
            {
                length += occurrences;
                if (termCounts[term] == 0)
                {
                    termOrder.Add(term);
                }

                termCounts[term] += occurrences;
            }
        }

        int[] terms = [.. termOrder];
        int[] counts = new int[terms.Length];
        for (int i = 0; i < terms.Length; i++)
        {
            counts[i] = termCounts[terms[i]];
            termCounts[terms[i]] = 0;
        }

        return new LunrTermCounts(Table, terms, counts, length);
    }

    // Keyed by the token as written: lowercasing (an ICU call for Cyrillic) happens once per spelling.
    private int[] Process(string token) =>
        processed.TryGetValue(token, out int[]? terms)
            ? terms
            : processed.GetOrAdd(token, t =>
            {
                string lower = t.ToLowerInvariant();
                return [.. pipeline.Run([new LunrToken(lower, field, 0, lower.Length, 0)]).Select(r => Table.IdOf(r.Text))];
            });
}
