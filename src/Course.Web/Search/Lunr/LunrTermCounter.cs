using System.Collections.Concurrent;

namespace Course.Web.Search.Lunr;

/// <summary>
/// Counts a field's terms as lunr.Builder.add does (tokenize, run the pipeline, count), but runs the
/// pipeline once per distinct token and caches the result for every later document. That is exact
/// because pipeline functions are token-local, as lunr's own are; a course's texts repeat the same
/// few thousand words, so this saves a token object and a stemmer call per word. Thread-safe.
/// </summary>
public sealed class LunrTermCounter(LunrPipeline pipeline, string field)
{
    private readonly ConcurrentDictionary<string, string[]> processed = new(StringComparer.Ordinal);

    // Each thread first asks its own plain dictionary: a shared one costs more per lookup than the rest of the count.
    private readonly ThreadLocal<Dictionary<string, string[]>> seen = new(() => new(StringComparer.Ordinal));

    public LunrTermCounts Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return LunrTermCounts.Empty;
        }

        // Tokens as written, counted in first-occurrence order: lowercasing is per character and never
        // makes or removes a separator, so it can wait until each distinct token is processed.
        Dictionary<string, int> slots = new(StringComparer.Ordinal);
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> slotBySpan = slots.GetAlternateLookup<ReadOnlySpan<char>>();
        List<string> rawOrder = [];
        List<int> rawCounts = [];
        int start = 0;
        for (int end = 0; end <= text.Length; end++)
        {
            if (end < text.Length && !LunrTokenizer.IsSeparator(text[end]))
            {
                continue;
            }

            if (end > start)
            {
                if (slotBySpan.TryGetValue(text.AsSpan(start, end - start), out int slot))
                {
                    rawCounts[slot]++;
                }
                else
                {
                    string token = text[start..end];
                    slots.Add(token, rawOrder.Count);
                    rawOrder.Add(token);
                    rawCounts.Add(1);
                }
            }

            start = end + 1;
        }

        Dictionary<string, string[]> known = seen.Value!;
        Dictionary<string, int> position = new(StringComparer.Ordinal);
        List<string> terms = [];
        List<int> counts = [];
        int length = 0;
        for (int r = 0; r < rawOrder.Count; r++)
        {
            int occurrences = rawCounts[r];
            string token = rawOrder[r];
            if (!known.TryGetValue(token, out string[]? processedTerms))
            {
                processedTerms = Process(token);
                known.Add(token, processedTerms);
            }

            foreach (string term in processedTerms)
            {
                length += occurrences;
                if (position.TryGetValue(term, out int at))
                {
                    counts[at] += occurrences;
                }
                else
                {
                    position.Add(term, terms.Count);
                    terms.Add(term);
                    counts.Add(occurrences);
                }
            }
        }

        return new LunrTermCounts([.. terms], [.. counts], length);
    }

    // Keyed by the token as written: lowercasing (an ICU call for Cyrillic) happens once per spelling.
    private string[] Process(string token) =>
        processed.TryGetValue(token, out string[]? terms)
            ? terms
            : processed.GetOrAdd(token, t =>
            {
                string lower = t.ToLowerInvariant();
                return pipeline.Run([new LunrToken(lower, field, 0, lower.Length, 0)]).Select(r => r.Text).ToArray();
            });
}
