using System.Buffers;

namespace Course.Web.Search.Stemming.Kazakh;

/// <summary>
/// Letter classes of the Kazakh stemmer. у and и behave as glides (тергеу-і, тергеу-лер), so they
/// are not full vowels, though they count towards the minimum stem.
/// </summary>
internal static class KazakhLetters
{
    private static readonly SearchValues<char> Vowels = SearchValues.Create("аәеёоөұүыіэюя");
    private static readonly SearchValues<char> CountedVowels = SearchValues.Create("аәеёиоөуұүыіэюя");
    private static readonly SearchValues<char> Voiced = SearchValues.Create("жзлмнңрйуи");
    // Voiceless consonants, plus б/в/г/ғ/д, which end loanwords and take the voiceless forms (фишинг-тің).
    private static readonly SearchValues<char> Voiceless = SearchValues.Create("птқксшщфхһцчбвгғд");
    private static readonly SearchValues<char> Back = SearchValues.Create("аоұыяё");
    private static readonly SearchValues<char> Front = SearchValues.Create("әеөүіэ");
    private static readonly SearchValues<char> Letters =
        SearchValues.Create("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя");

    public static bool IsVowel(char c) => Vowels.Contains(c);

    public static bool IsVoiced(char c) => Voiced.Contains(c);

    public static bool IsVoiceless(char c) => Voiceless.Contains(c);

    public static bool IsBack(char c) => Back.Contains(c);

    public static bool IsFront(char c) => Front.Contains(c);

    /// <summary>Only words made of lowercase Cyrillic letters are stemmed; Latin and digits stay as they are.</summary>
    public static bool AreAllLetters(ReadOnlySpan<char> word) => !word.ContainsAnyExcept(Letters);

    /// <summary>A stem keeps at least one vowel and two letters; a stem ending in a vowel keeps two vowels.</summary>
    public static bool IsLongEnough(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 2)
        {
            return false;
        }

        int vowels = 0;
        foreach (char c in stem)
        {
            if (CountedVowels.Contains(c))
            {
                vowels++;
            }
        }

        return vowels >= 2 || (vowels == 1 && !IsVowel(stem[^1]));
    }
}
