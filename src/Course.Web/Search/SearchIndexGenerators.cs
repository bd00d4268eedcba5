using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Course.Web.Languages;

namespace Course.Web.Search;

/// <summary>
/// One <see cref="SearchIndexGenerator"/> per language for a build, shared by the pages (which count
/// their sections' terms while they render) and the index step (which adds them up).
/// </summary>
public sealed class SearchIndexGenerators(Caching.StemmerCache stemmers)
{
    private readonly ConcurrentDictionary<string, SearchIndexGenerator?> generators = new(StringComparer.Ordinal);

    /// <summary>False for a code that is not a <see cref="CourseLanguages">course language</see>: it gets no index.</summary>
    public bool TryFor(string lang, [NotNullWhen(true)] out SearchIndexGenerator? generator)
    {
        generator = generators.GetOrAdd(lang, l => CourseLanguages.TryGet(l, out CourseLanguage? language) ? new SearchIndexGenerator(language, stemmers.For(language)) : null);
        return generator is not null;
    }
}
