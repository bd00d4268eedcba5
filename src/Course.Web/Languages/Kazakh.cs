using Course.Web.Glossary.Collation;
using Course.Web.Search.Stemming;

namespace Course.Web.Languages;

/// <summary>Kazakh (Cyrillic): the course's source language.</summary>
public sealed class Kazakh : CourseLanguage
{
    public static Kazakh Instance { get; } = new();

    private Kazakh()
    {
    }

    public override string Code => "kk";

    public override IStemmer Stemmer => KazakhStemmer.Instance;

    public override IReadOnlyList<string> StopWords => KazakhStopWords.Words;

    public override AlphabetCollation Collation => KazakhCollation.Instance;

    public override NumberFormat Numbers => NumberFormats.CyrillicSpaced;

    public override IReadOnlyList<BrowserScript> BrowserScripts { get; } = [new("assets/js/stemmer-kk.js"), new("assets/js/query-kk.js")];

    /// <summary>Many phones and computers have only a Russian layout: қылмыс is typed кылмыс.</summary>
    public override bool FoldsKeyboard => true;
}
