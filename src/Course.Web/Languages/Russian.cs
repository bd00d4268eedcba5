using Course.Web.Glossary.Collation;
using Course.Web.Search.Stemming;

namespace Course.Web.Languages;

/// <summary>Russian: stemmed by lunr-languages' Snowball stemmer (lunr.ru.js), twinned in C#.</summary>
public sealed class Russian : CourseLanguage
{
    public static Russian Instance { get; } = new();

    private Russian()
    {
    }

    public override string Code => "ru";

    public override IStemmer Stemmer => RussianStemmer.Instance;

    public override IReadOnlyList<string> StopWords => RussianStopWords.Words;

    public override AlphabetCollation Collation => RussianCollation.Instance;

    public override NumberFormat Numbers => NumberFormats.CyrillicSpaced;

    public override IReadOnlyList<BrowserScript> BrowserScripts { get; } =
        [BrowserScript.Vendor("lunr-languages", "lunr.stemmer.support.js"), BrowserScript.Vendor("lunr-languages", "lunr.ru.js"), new("assets/js/query-ru.js")];

    /// <summary>ё is usually typed е, and the course's Kazakh terms may be typed on a Russian layout.</summary>
    public override bool FoldsKeyboard => true;
}
