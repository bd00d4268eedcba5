namespace Course.Web.Search.Stemming.Snowball;

/// <summary>
/// RV (after the first vowel) and R2 of the Snowball Russian algorithm. Only а е и о у ы э ю я are
/// vowels, as in lunr.ru.js: ё and the Kazakh letters count as consonants.
/// </summary>
internal static class RussianRegions
{
    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("аеиоуыэюя");

    public static bool IsVowel(char c) => c is 'а' or 'е' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я';

    /// <summary>The start of RV and of R2; both are the word's length when the region is empty.</summary>
    public static (int Rv, int R2) Find(ReadOnlySpan<char> word)
    {
        int length = word.Length;
        int firstVowel = word.IndexOfAny(Vowels);
        if (firstVowel < 0)
        {
            return (length, length);
        }

        int rv = firstVowel + 1;
        int cursor = rv;
        if (!Skip(word, ref cursor, vowel: false) || !Skip(word, ref cursor, vowel: true)
            || !Skip(word, ref cursor, vowel: false))
        {
            return (rv, length);
        }

        return (rv, cursor);
    }

    /// <summary>Moves the cursor just past the next vowel (or non-vowel); false when there is none.</summary>
    private static bool Skip(ReadOnlySpan<char> word, ref int cursor, bool vowel)
    {
        while (cursor < word.Length)
        {
            if (IsVowel(word[cursor++]) == vowel)
            {
                return true;
            }
        }

        return false;
    }
}
