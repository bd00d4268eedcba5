using System.Collections.Concurrent;

namespace Course.Web.Search.Stemming;

/// <summary>
/// Remembers each word's stem: a course repeats a few thousand distinct words hundreds of thousands
/// of times, and search indexing and glossary linking both stem every one of them.
/// </summary>
public sealed class CachingStemmer(IStemmer inner) : IStemmer
{
    private readonly ConcurrentDictionary<string, string> stems = new(StringComparer.Ordinal);

    public string Stem(string word) => stems.GetOrAdd(word, inner.Stem);
}
