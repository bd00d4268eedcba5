using Course.Web.Search.Stemming.Kazakh;

namespace Course.Web.Search.Stemming;

/// <summary>
/// The course's own Kazakh stemmer (docs/search-stemmers.md): suffix layers stripped right to left
/// with vowel harmony, consonant context and a minimum stem, then the sound changes undone.
/// theme/assets/js/stemmer-kk.js is its twin and must return the same stem for every word.
/// Words are expected in lowercase; a hyphenated word is stemmed part by part.
/// </summary>
public sealed class KazakhStemmer : IStemmer
{
    public static KazakhStemmer Instance { get; } = new();

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!word.Contains('-'))
        {
            return StemSegment(word) ?? word;
        }

        string[] parts = word.Split('-');
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = StemSegment(parts[i]) ?? parts[i];
        }

        return string.Join('-', parts);
    }

    /// <summary>The stem, or null when it equals the word.</summary>
    private static string? StemSegment(ReadOnlySpan<char> word)
    {
        if (!KazakhLetters.AreAllLetters(word))
        {
            return null;
        }

        // One spare char: restoring a dropped vowel makes the stem one letter longer.
        Span<char> buffer = word.Length < 64 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        word.CopyTo(buffer);
        int length = word.Length;
        foreach (KazakhSuffix[] layer in KazakhSuffixTables.Layers)
        {
            if (IsProtected(buffer[..length]))
            {
                return Result(word, buffer[..length]);
            }

            length = Strip(buffer, length, layer);
        }

        if (IsProtected(buffer[..length]))
        {
            return Result(word, buffer[..length]);
        }

        // Normalise the end of the stem so that the bare word and its inflected forms meet.
        length = Strip(buffer, KazakhStemRepair.RestoreVowel(buffer, length), KazakhSuffixTables.FinalVowel);
        if (IsProtected(buffer[..length]))
        {
            return Result(word, buffer[..length]);
        }

        length = Strip(buffer, length, KazakhSuffixTables.StemFinalCase);
        int linked = KazakhStemRepair.DropLinkingConsonant(buffer[..length]);
        if (linked != length)
        {
            if (IsProtected(buffer[..linked]))
            {
                return Result(word, buffer[..linked]);
            }

            length = Strip(buffer, linked, KazakhSuffixTables.StemFinalCase);
        }

        return Result(word, buffer[..Strip(buffer, length, KazakhSuffixTables.FinalVowel)]);
    }

    // Strips one suffix of the table from buffer[..length], then repairs the new final consonant.
    private static int Strip(Span<char> buffer, int length, KazakhSuffix[] table) =>
        KazakhStemRepair.Devoice(buffer, KazakhSuffixStripper.Strip(buffer[..length], table));

    private static bool IsProtected(ReadOnlySpan<char> stem) => KazakhWholeStems.Contains(stem);

    private static string? Result(ReadOnlySpan<char> word, ReadOnlySpan<char> stem) =>
        stem.SequenceEqual(word) ? null : new string(stem);
}
