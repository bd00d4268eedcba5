using Course.Web.Glossary.Collation;
using Course.Web.Search.Stemming;

namespace Course.Web.Languages;

/// <summary>English: lunr's own Porter stemmer and stop words (built into lunr.js, so no script to load).</summary>
public sealed class English : CourseLanguage
{
    public static English Instance { get; } = new();

    private English()
    {
    }

    public override string Code => "en";

    public override IStemmer Stemmer => PorterStemmer.Instance;

    public override IReadOnlyList<string> StopWords => EnglishStopWords.Words;

    public override AlphabetCollation Collation => AlphabetCollation.CodePoint;

    public override NumberFormat Numbers { get; } = new(".", ",", 1_000);

    public override string StemmerLabel => "stemmer";

    public override string StopWordFilterLabel => "stopWordFilter";

    public override IReadOnlyList<BrowserScript> BrowserScripts => [];

    public override bool FoldsKeyboard => false;
}
