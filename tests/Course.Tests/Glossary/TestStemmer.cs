using Course.Web.Search.Stemming;

namespace Course.Tests.Glossary;

/// <summary>A stand-in for the real Kazakh and Russian stemmers: strips a few common endings, longest first, repeatedly.</summary>
internal sealed class TestStemmer : IStemmer
{
    private static readonly string[] Endings =
    [
        "тің", "нің", "дің", "тың", "ның", "дың", "лерге", "ларға", "лер", "лар", "дер", "дар", "тер", "тар",
        "ге", "ға", "ке", "қа", "да", "де", "та", "те",
        "ого", "ое", "ами", "ями", "ов", "ом", "ам", "ах", "а", "у", "ы", "е", "я",
    ];

    public string Stem(string word)
    {
        string stem = word;
        bool stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (string ending in Endings.OrderByDescending(e => e.Length))
            {
                if (stem.EndsWith(ending, StringComparison.Ordinal) && stem.Length - ending.Length >= 3)
                {
                    stem = stem[..^ending.Length];
                    stripped = true;
                    break;
                }
            }
        }

        return stem;
    }
}
