using System.Collections.Frozen;
using Course.Web.Glossary.Collation;
using Course.Web.Search.Stemming;

namespace Course.Web.Languages;

/// <summary>
/// Everything the generator knows about one course language, in one place: its stemmer and stop words
/// (search and glossary links), the lunr labels its browser scripts register them under, those scripts,
/// its alphabetical order, how it writes numbers and how its keyboard input is folded. Every part of the
/// build reads it from <see cref="CourseLanguages"/>; adding a language is adding a subclass there
/// (docs/architecture.md).
/// </summary>
public abstract class CourseLanguage
{
    private FrozenSet<string>? stopWordSet;

    /// <summary>The code used in course.yml, folder names and URLs: "kk".</summary>
    public abstract string Code { get; }

    /// <summary>Stems one lowercase word; the browser's function registered as <see cref="StemmerLabel"/> must agree on every word. It keeps no cache: a build stems through its <see cref="Caching.StemmerCache"/>.</summary>
    public abstract IStemmer Stemmer { get; }

    /// <summary>Function words left out of the search index, as the browser's <see cref="StopWordFilterLabel"/> lists them.</summary>
    public abstract IReadOnlyList<string> StopWords { get; }

    /// <summary>The alphabetical order of the glossary.</summary>
    public abstract AlphabetCollation Collation { get; }

    /// <summary>How numbers are written in charts.</summary>
    public abstract NumberFormat Numbers { get; }

    /// <summary>The name lunr knows the stemmer by (an index's "pipeline" names it): "stemmer-kk".</summary>
    public virtual string StemmerLabel => "stemmer-" + Code;

    /// <summary>The name lunr knows the stop-word filter by: "stopWordFilter-kk".</summary>
    public virtual string StopWordFilterLabel => "stopWordFilter-" + Code;

    /// <summary>
    /// Scripts the browser loads after lunr.js and before the language's search index, which register
    /// <see cref="StemmerLabel"/> and <see cref="StopWordFilterLabel"/>; the page hands their paths to
    /// search-box.js as data. Vendor scripts are copied from npm by the build.
    /// </summary>
    public abstract IReadOnlyList<BrowserScript> BrowserScripts { get; }

    /// <summary>
    /// True when students of this language type it on a keyboard that lacks some of its letters, so
    /// queries and short answers are compared keyboard-folded (<see cref="Text.KeyboardFolding"/>; fold.js in the browser).
    /// </summary>
    public abstract bool FoldsKeyboard { get; }

    /// <summary>The text as it is compared when typed on any keyboard: folded when <see cref="FoldsKeyboard"/>, lowercase always.</summary>
    public string Fold(string text) => FoldsKeyboard ? Text.KeyboardFolding.Fold(text) : text.ToLowerInvariant();

    public bool IsStopWord(string word) => (stopWordSet ??= StopWords.ToFrozenSet(StringComparer.Ordinal)).Contains(word);

    public override string ToString() => Code;
}
