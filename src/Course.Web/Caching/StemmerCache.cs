using System.Collections.Concurrent;
using Course.Web.Languages;
using Course.Web.Search.Stemming;

namespace Course.Web.Caching;

/// <summary>
/// The stems of one build, per language: search indexing, glossary linking and the terminology check stem
/// the same few thousand words hundreds of thousands of times. A service of the build, dropped with it, so
/// a long preview session does not keep every word it ever saw.
/// </summary>
public sealed class StemmerCache
{
    private readonly ConcurrentDictionary<string, IStemmer> stemmers = new(StringComparer.Ordinal);

    public IStemmer For(CourseLanguage language) => stemmers.GetOrAdd(language.Code, _ => new CachingStemmer(language.Stemmer));
}
