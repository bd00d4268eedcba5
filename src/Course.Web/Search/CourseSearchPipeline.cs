using Course.Web.Languages;
using Course.Web.Search.Lunr;
using Course.Web.Search.Stemming;

namespace Course.Web.Search;

/// <summary>
/// The indexing pipeline of a course language: Unicode trimmer → the language's stop words → numbers
/// out of running text (<see cref="NumberFilter"/>) → its stemmer. In the <see cref="SearchFields.Folded"/>
/// field the last step emits the folded stem instead, and nothing when folding does not change the
/// stem (the other fields already hold it).
/// </summary>
public static class CourseSearchPipeline
{
    public static PipelineFunction[] Create(string stemmerLabel, string stopWordFilterLabel, IStemmer stemmer, IEnumerable<string> stopWords, Func<string, string>? fold) =>
    [
        UnicodeTrimmer.Function,
        StopWordFilter.Create(stopWordFilterLabel, stopWords.Select(w => SearchText.Normalize(w))),
        NumberFilter.Function,
        new PipelineFunction(stemmerLabel, (token, _, _) => StemToken(token, stemmer, fold)),
    ];

    /// <summary>The pipeline of a course language.</summary>
    public static PipelineFunction[] Create(CourseLanguage language, Func<string, string>? fold) =>
        Create(language.StemmerLabel, language.StopWordFilterLabel, language.Stemmer, language.StopWords, fold);

    private static IReadOnlyList<LunrToken>? StemToken(LunrToken token, IStemmer stemmer, Func<string, string>? fold)
    {
        string stem = stemmer.Stem(token.Text);
        if (token.Field != SearchFields.Folded)
        {
            return stem.Length == 0 ? null : [token.WithText(stem)];
        }

        string folded = fold is null ? stem : fold(stem);
        return folded.Length == 0 || folded == stem ? null : [token.WithText(folded)];
    }
}
