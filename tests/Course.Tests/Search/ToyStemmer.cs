using Course.Web.Search.Stemming;

namespace Course.Tests.Search;

/// <summary>The toy suffix stemmer of <see cref="TwinPipeline"/> as an <see cref="IStemmer"/>; its JavaScript twin is <c>twin.stemmer</c>.</summary>
internal sealed class ToyStemmer : IStemmer
{
    public string Stem(string word) => TwinPipeline.Stem(word);
}
