namespace Course.Web.Search.Stemming;

/// <summary>Reduces a lowercase word to its stem; the browser runs a JavaScript twin with identical results.</summary>
public interface IStemmer
{
    string Stem(string word);
}
