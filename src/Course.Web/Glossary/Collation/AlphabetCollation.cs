namespace Course.Web.Glossary.Collation;

/// <summary>
/// Orders words by a language's alphabet without ICU, identically on every machine: digits, then Latin
/// letters, then the alphabet; other letters after it by code point. Spaces and dashes separate words and sort
/// before any letter (word-by-word order); other punctuation, e.g. a leading «, is ignored.
/// </summary>
public sealed class AlphabetCollation : IComparer<string>
{
    private const int Separator = 1;
    private const int DigitBase = 10;
    private const int LatinBase = 100;
    private const int AlphabetBase = 1000;
    private const int OtherBase = 100_000;
    private const string DigitGroup = "0–9";

    // One group for every Latin letter: a Latin E or I beside the alphabet's Е and І would look like the same letter twice.
    private const string LatinGroup = "A–Z";

    private readonly Dictionary<char, int> ranks = [];

    /// <summary>Digits, Latin, then other letters by code point: for a language without an alphabet of its own here.</summary>
    public static AlphabetCollation CodePoint { get; } = new(string.Empty, new Dictionary<char, char>());
    private readonly Dictionary<char, char> variants;

    /// <param name="alphabet">The language's letters in order, uppercase.</param>
    /// <param name="variants">Lowercase letters that sort as a base letter, right after it (e.g. ё → е).</param>
    public AlphabetCollation(string alphabet, IReadOnlyDictionary<char, char> variants)
    {
        Letters = alphabet.Select(c => c.ToString()).ToList();
        for (int i = 0; i < alphabet.Length; i++)
        {
            ranks[char.ToLowerInvariant(alphabet[i])] = AlphabetBase + i;
        }

        this.variants = new Dictionary<char, char>(variants);
    }

    /// <summary>The alphabet's letters, uppercase, in order: the letter index of the glossary page.</summary>
    public IReadOnlyList<string> Letters { get; }

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int result = KeyOf(x).CompareTo(KeyOf(y));
        return result != 0 ? result : string.CompareOrdinal(x, y);
    }

    /// <summary>The letter group a term is listed under: an alphabet letter, "A–Z" for any Latin letter, or "0–9".</summary>
    public string GroupOf(string term)
    {
        foreach (char raw in term)
        {
            char c = char.ToLowerInvariant(raw);
            char letter = variants.GetValueOrDefault(c, c);
            if (char.IsAsciiDigit(c))
            {
                return DigitGroup;
            }

            if (char.IsAsciiLetter(c))
            {
                return LatinGroup;
            }

            if (char.IsLetter(letter))
            {
                return char.ToUpperInvariant(letter).ToString();
            }
        }

        return "#";
    }

    private CollationKey KeyOf(string text)
    {
        var primary = new List<int>(text.Length);
        var secondary = new List<int>(text.Length);
        var tertiary = new List<int>(text.Length);
        foreach (char raw in text)
        {
            char c = char.ToLowerInvariant(raw);
            if (IsSeparator(c))
            {
                if (primary.Count > 0 && primary[^1] != Separator)
                {
                    primary.Add(Separator);
                }

                continue;
            }

            bool isVariant = variants.TryGetValue(c, out char baseLetter);
            int weight = WeightOf(isVariant ? baseLetter : c);
            if (weight == 0)
            {
                continue;
            }

            primary.Add(weight);
            secondary.Add(isVariant ? 1 : 0);
            tertiary.Add(raw == c ? 0 : 1);
        }

        if (primary.Count > 0 && primary[^1] == Separator)
        {
            primary.RemoveAt(primary.Count - 1);
        }

        return new CollationKey([.. primary], [.. secondary], [.. tertiary]);
    }

    private int WeightOf(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return DigitBase + (c - '0');
        }

        if (char.IsAsciiLetterLower(c))
        {
            return LatinBase + (c - 'a');
        }

        if (ranks.TryGetValue(c, out int rank))
        {
            return rank;
        }

        return char.IsLetterOrDigit(c) ? OtherBase + c : 0;
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '-' or '_' or '/' or (>= '\u2010' and <= '\u2015');
}
