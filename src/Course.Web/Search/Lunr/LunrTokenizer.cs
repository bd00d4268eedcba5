using System.Buffers;
using System.Runtime.CompilerServices;

namespace Course.Web.Search.Lunr;

/// <summary>
/// lunr.js's tokenizer: lowercases the whole text and splits it on <c>/[\s\-]+/</c>, where
/// <c>\s</c> is JavaScript's white space (not .NET's: U+0085 is not a separator, U+FEFF is).
/// Lowercasing is <see cref="string.ToLowerInvariant"/>, which equals JavaScript's
/// <c>toLowerCase</c> except for the rare special cases (U+0130, final sigma).
/// </summary>
public static class LunrTokenizer
{
    public static IReadOnlyList<LunrToken> Tokenize(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        string lower = text.ToLowerInvariant();
        List<LunrToken> tokens = [];
        int start = 0;
        for (int end = 0; end <= lower.Length; end++)
        {
            if (end < lower.Length && !IsSeparator(lower[end]))
            {
                continue;
            }

            if (end > start)
            {
                tokens.Add(new LunrToken(lower[start..end], field, start, end - start, tokens.Count));
            }

            start = end + 1;
        }

        return tokens;
    }

    // IsSeparator's characters, listed once (static fields initialize in this order).
    private static readonly string SeparatorCharacters =
        string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(IsSeparator));

    /// <summary><see cref="IsSeparator"/>'s characters, for a vectorized search of a text's next separator.</summary>
    public static readonly SearchValues<char> Separators = SearchValues.Create(SeparatorCharacters);

    /// <summary>
    /// Whether the text holds a separator other than the space and the hyphen-minus: a text without any (normalized text,
    /// as <c>SearchText.Normalize</c> makes it) is split at its next space or hyphen by a much faster two-character search.
    /// </summary>
    /// <remarks>
    /// A few vectorized searches of ranges and small sets: a <see cref="SearchValues{T}"/> of these characters is
    /// searched one character at a time in Cyrillic text, and the count does this once per text of the course.
    /// </remarks>
    public static bool HasRareSeparator(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\t', '\r') >= 0
        || text.IndexOfAny("\u00A0\u1680\u205F\u3000\uFEFF") >= 0
        || text.IndexOfAnyInRange('\u2000', '\u200A') >= 0
        || text.IndexOfAny('\u2028', '\u2029', '\u202F') >= 0;

    /// <summary>The characters of JavaScript's <c>[\s\-]</c>: white space, line terminators and the hyphen-minus.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c) => c < '\u00A0'
        ? c is ' ' or '-' or (>= '\t' and <= '\r')
        : c is '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF';
}
