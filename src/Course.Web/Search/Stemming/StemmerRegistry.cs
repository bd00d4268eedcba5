using System.Diagnostics.CodeAnalysis;

namespace Course.Web.Search.Stemming;

/// <summary>
/// The stemmer and stop words of each course language, and the labels under which the browser
/// registers the same functions with lunr (an index's "pipeline" must name them).
/// </summary>
public static class StemmerRegistry
{
    public static IReadOnlyList<string> Languages { get; } = ["kk", "ru"];

    /// <summary>The stemmer for "kk" or "ru"; throws for any other language.</summary>
    public static IStemmer For(string language) =>
        TryFor(language, out IStemmer? stemmer)
            ? stemmer
            : throw new ArgumentOutOfRangeException(nameof(language), language, "Only kk and ru have a stemmer.");

    public static bool TryFor(string language, [NotNullWhen(true)] out IStemmer? stemmer)
    {
        stemmer = language switch
        {
            "kk" => KazakhStemmer.Instance,
            "ru" => RussianStemmer.Instance,
            _ => null,
        };
        return stemmer is not null;
    }

    /// <summary>True when the lowercase word is a stop word of the language (false for unknown languages).</summary>
    public static bool IsStopWord(string language, string word) => language switch
    {
        "kk" => KazakhStopWords.Contains(word),
        "ru" => RussianStopWords.Contains(word),
        _ => false,
    };

    /// <summary>The lunr pipeline label of the language's stemmer: "stemmer-kk" or "stemmer-ru".</summary>
    public static string StemmerLabel(string language) => "stemmer-" + Known(language);

    /// <summary>The lunr pipeline label of the language's stop-word filter: "stopWordFilter-kk" or "stopWordFilter-ru".</summary>
    public static string StopWordFilterLabel(string language) => "stopWordFilter-" + Known(language);

    private static string Known(string language) =>
        TryFor(language, out _)
            ? language
            : throw new ArgumentOutOfRangeException(nameof(language), language, "Only kk and ru have a stemmer.");
}
