using Course.Web.Search.Lunr;
using Course.Web.Text;

namespace Course.Tests.Search;

/// <summary>
/// Pipeline functions written twice, in C# and in JavaScript, with identical behaviour: a Unicode
/// trimmer, a stop-word filter, a toy suffix stemmer, and a field-aware function that expands a
/// token of the "folded" field into several (or none) to exercise lunr's array/undefined results.
/// </summary>
internal static class TwinPipeline
{
    public static readonly string[] StopWords = ["және", "мен", "и", "в", "the", "of"];

    private static readonly string[] Suffixes = ["лардың", "лердің", "ның", "нің", "дың", "дің", "лар", "лер", "дар", "дер", "тар", "тер", "ами", "ов", "ых", "ing", "ed", "ы", "і", "а", "s"];

    public static string Stem(string word)
    {
        foreach (string suffix in Suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    public static PipelineFunction[] CSharp =>
    [
        UnicodeTrimmer.Function,
        StopWordFilter.Create("stopWordFilter-toy", StopWords),
        PipelineFunction.Map("stemmer-toy", Stem),
        new("fold-variants", (token, _, _) =>
        {
            if (token.Field != "folded")
            {
                return [token];
            }

            string folded = KeyboardFolding.Fold(token.Text);
            return folded == token.Text ? null : [token.WithText(folded), token.WithText(folded + "~")];
        }),
    ];

    /// <summary>Defines <c>twin.trimmer</c>, <c>twin.stopWords</c>, <c>twin.stemmer</c>, <c>twin.foldVariants</c>, registered under the C# labels.</summary>
    public static string JavaScript => $$"""
        var twin = (function () {
          var suffixes = {{System.Text.Json.JsonSerializer.Serialize(Suffixes)}};
          function stem(w) {
            for (var i = 0; i < suffixes.length; i++) {
              var s = suffixes[i];
              if (w.length - s.length >= 3 && w.slice(-s.length) === s) return w.slice(0, -s.length);
            }
            return w;
          }
          function map(fn) {
            return function (token) {
              var s = fn(token.toString());
              return s ? token.update(function () { return s; }) : undefined;
            };
          }
          var t = {
            trimmer: map(function (s) { return s.replace(/^[^\p{L}\p{M}\p{N}]+/u, '').replace(/[^\p{L}\p{M}\p{N}]+$/u, ''); }),
            stopWords: lunr.generateStopWordFilter({{System.Text.Json.JsonSerializer.Serialize(StopWords)}}),
            stemmer: map(stem),
            foldVariants: function (token) {
              if (token.metadata.fields[0] !== 'folded') return token;
              var s = token.toString(), f = CourseFold.fold(s);
              if (f === s) return undefined;
              return [token.clone(function () { return f; }), token.clone(function () { return f + '~'; })];
            }
          };
          lunr.Pipeline.registerFunction(t.trimmer, '{{UnicodeTrimmer.Label}}');
          lunr.Pipeline.registerFunction(t.stopWords, 'stopWordFilter-toy');
          lunr.Pipeline.registerFunction(t.stemmer, 'stemmer-toy');
          lunr.Pipeline.registerFunction(t.foldVariants, 'fold-variants');
          return t;
        })();
        """;
}
