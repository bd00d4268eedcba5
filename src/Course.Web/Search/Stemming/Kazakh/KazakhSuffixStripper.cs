namespace Course.Web.Search.Stemming.Kazakh;

/// <summary>Removes at most one suffix of a layer: one that leaves a whole stem, else the longest whose context, vowel harmony and minimum stem all fit.</summary>
internal static class KazakhSuffixStripper
{
    /// <summary>
    /// The length of <paramref name="word"/> without the suffix, or its full length when none fits. A suffix
    /// that leaves a whole stem wins (ағашы → ағаш, not аға).
    /// </summary>
    public static int Strip(ReadOnlySpan<char> word, KazakhSuffix[] layer)
    {
        foreach (KazakhSuffix suffix in layer)
        {
            if (word.EndsWith(suffix.Text, StringComparison.Ordinal) && KazakhWholeStems.Contains(word[..^suffix.Text.Length]))
            {
                return word.Length - suffix.Text.Length;
            }
        }

        foreach (KazakhSuffix suffix in layer)
        {
            if (!word.EndsWith(suffix.Text, StringComparison.Ordinal))
            {
                continue;
            }

            ReadOnlySpan<char> stem = word[..^suffix.Text.Length];
            if (!KazakhLetters.IsLongEnough(stem) || !suffix.AllowsAfter(stem[^1], stem[^2]))
            {
                continue;
            }

            if (suffix.Harmony != Harmony.Either
                && !VowelHarmony.Agree(KazakhStemRepair.HarmonyOf(stem), suffix.Harmony))
            {
                continue;
            }

            return stem.Length;
        }

        return word.Length;
    }
}
