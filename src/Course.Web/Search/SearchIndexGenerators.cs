using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Course.Web.Search.Stemming;

namespace Course.Web.Search;

/// <summary>
/// One <see cref="SearchIndexGenerator"/> per language for a build, shared by the pages (which count
/// their sections' terms while they render) and the index step (which adds them up).
/// </summary>
public sealed class SearchIndexGenerators
{
    private readonly ConcurrentDictionary<string, SearchIndexGenerator?> generators = new(StringComparer.Ordinal);

    /// <summary>False for a language without a stemmer: it gets no index.</summary>
    public bool TryFor(string lang, [NotNullWhen(true)] out SearchIndexGenerator? generator)
    {
        generator = generators.GetOrAdd(lang, l => StemmerRegistry.TryFor(l, out IStemmer? stemmer) ? new SearchIndexGenerator(l, stemmer, StopWords(l)) : null);
        return generator is not null;
    }

    private static IEnumerable<string> StopWords(string lang) => lang == "kk" ? KazakhStopWords.Words : RussianStopWords.Words;
}
