namespace Course.Web.Quizzes;

/// <summary>Finds the few candidates closest to a mistyped word, for "did you mean" hints in diagnostics.</summary>
internal static class CloseMatches
{
    public static IReadOnlyList<string> Find(string value, IEnumerable<string> candidates, int max = 3)
    {
        int limit = Math.Max(2, value.Length / 3);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(candidate => (Candidate: candidate, Distance: Distance(value, candidate)))
            .Where(match => match.Distance <= limit)
            .OrderBy(match => match.Distance)
            .ThenBy(match => match.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(match => match.Candidate)
            .ToList();
    }

    /// <summary>Levenshtein distance, case-insensitive, with two rolling rows.</summary>
    public static int Distance(string a, string b)
    {
        string x = a.ToLowerInvariant();
        string y = b.ToLowerInvariant();
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (int j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= y.Length; j++)
            {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[y.Length];
    }

    /// <summary>" (did you mean 'x' or 'y'?)" or an empty string.</summary>
    public static string Hint(string value, IEnumerable<string> candidates)
    {
        IReadOnlyList<string> matches = Find(value, candidates);
        return matches.Count == 0
            ? string.Empty
            : $" (did you mean {string.Join(" or ", matches.Select(m => $"'{m}'"))}?)";
    }
}
