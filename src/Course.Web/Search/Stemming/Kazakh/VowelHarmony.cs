namespace Course.Web.Search.Stemming.Kazakh;

/// <summary>Back suffixes follow back stems and front suffixes front stems (заң-дар, кодекс-тер).</summary>
internal static class VowelHarmony
{
    /// <summary>
    /// The last vowel that is not a glide decides. A final к, г or ь marks a loanword that may take
    /// front suffixes after back vowels (банк-тер, пароль-дер), so such a stem accepts either.
    /// </summary>
    public static Harmony OfStem(ReadOnlySpan<char> stem)
    {
        if (stem.IsEmpty || stem[^1] is 'к' or 'г' or 'ь')
        {
            return Harmony.Either;
        }

        for (int i = stem.Length - 1; i >= 0; i--)
        {
            char c = stem[i];
            if (KazakhLetters.IsBack(c))
            {
                return Harmony.Back;
            }

            if (KazakhLetters.IsFront(c))
            {
                return Harmony.Front;
            }

            if (c == 'у' && i > 0 && KazakhLetters.IsVowel(stem[i - 1]))
            {
                continue;
            }

            if (c is 'у' or 'и' or 'ю')
            {
                return Harmony.Either;
            }
        }

        return Harmony.Either;
    }

    public static Harmony OfSuffix(string suffix)
    {
        foreach (char c in suffix)
        {
            if (KazakhLetters.IsBack(c))
            {
                return Harmony.Back;
            }

            if (KazakhLetters.IsFront(c))
            {
                return Harmony.Front;
            }
        }

        return Harmony.Either;
    }

    public static bool Agree(Harmony stem, Harmony suffix) =>
        stem == Harmony.Either || suffix == Harmony.Either || stem == suffix;
}
