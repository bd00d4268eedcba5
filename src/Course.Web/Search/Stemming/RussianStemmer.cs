using Course.Web.Search.Stemming.Snowball;

namespace Course.Web.Search.Stemming;

/// <summary>
/// The Snowball Russian stemmer exactly as lunr-languages' lunr.ru.js runs it in the browser under
/// the label <c>stemmer-ru</c>, including its quirks: ё is not a vowel and is left alone. Every step
/// only shortens the word, so the stem is a prefix of it.
/// </summary>
public sealed class RussianStemmer : IStemmer
{
    public static RussianStemmer Instance { get; } = new();

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        int length = StemLength(word);
        return length == word.Length ? word : word[..length];
    }

    private static int StemLength(ReadOnlySpan<char> word)
    {
        (int rv, int r2) = RussianRegions.Find(word);
        int end = word.Length;

        // Step 1.
        if (!Remove(word, ref end, rv, RussianSuffixes.PerfectiveGerund))
        {
            Remove(word, ref end, rv, RussianSuffixes.Reflexive);
            if (Remove(word, ref end, rv, RussianSuffixes.Adjective))
            {
                Remove(word, ref end, rv, RussianSuffixes.Participle);
            }
            else if (!Remove(word, ref end, rv, RussianSuffixes.Verb))
            {
                Remove(word, ref end, rv, RussianSuffixes.Noun);
            }
        }

        // Step 2: a final и.
        if (end - rv >= 1 && word[end - 1] == 'и')
        {
            end--;
        }

        // Step 3: -ост(ь) when it lies in R2.
        int derivational = LongestSuffix(word, end, rv, RussianSuffixes.Derivational);
        if (derivational > 0 && end - derivational >= r2)
        {
            end -= derivational;
        }

        // Step 4: -ейш(е), then нн → н; or a final ь.
        TidyUp(word, ref end, rv);
        return end;
    }

    /// <summary>Removes the longest suffix of the class that lies in RV; a group-1 suffix needs а or я before it.</summary>
    private static bool Remove(ReadOnlySpan<char> word, ref int end, int rv, RussianSuffix[] suffixes)
    {
        int best = -1;
        for (int i = 0; i < suffixes.Length; i++)
        {
            string text = suffixes[i].Text;
            if (end - text.Length >= rv && word[..end].EndsWith(text, StringComparison.Ordinal)
                && (best < 0 || text.Length > suffixes[best].Text.Length))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return false;
        }

        int start = end - suffixes[best].Text.Length;
        if (suffixes[best].AfterAOrYa && !(start - rv >= 1 && word[start - 1] is 'а' or 'я'))
        {
            return false;
        }

        end = start;
        return true;
    }

    private static int LongestSuffix(ReadOnlySpan<char> word, int end, int rv, RussianSuffix[] suffixes)
    {
        int longest = 0;
        foreach (RussianSuffix suffix in suffixes)
        {
            if (suffix.Text.Length > longest && end - suffix.Text.Length >= rv
                && word[..end].EndsWith(suffix.Text, StringComparison.Ordinal))
            {
                longest = suffix.Text.Length;
            }
        }

        return longest;
    }

    private static void TidyUp(ReadOnlySpan<char> word, ref int end, int rv)
    {
        int superlative = LongestSuffix(word, end, rv, RussianSuffixes.Superlative);
        if (superlative > 0)
        {
            end -= superlative;
            if (DoubleN(word, end, rv))
            {
                end--;
            }
        }
        else if (end - rv >= 1 && word[end - 1] == 'н')
        {
            if (DoubleN(word, end, rv))
            {
                end--;
            }
        }
        else if (end - rv >= 1 && word[end - 1] == 'ь')
        {
            end--;
        }
    }

    // нн at the end of word[..end], both letters in RV.
    private static bool DoubleN(ReadOnlySpan<char> word, int end, int rv) =>
        end - 2 >= rv && word[end - 1] == 'н' && word[end - 2] == 'н';
}
