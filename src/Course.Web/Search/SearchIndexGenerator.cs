using System.Text.RegularExpressions;
using Course.Web.Languages;
using Course.Web.Search.Lunr;
using Course.Web.Search.Stemming;

namespace Course.Web.Search;

/// <summary>
/// Builds one language's search data from its sections: a lunr.js 2.3.9 index (fields heading and body,
/// and folded only when asked for) whose search pipeline is <c>stemmer-{language}</c>, compacted by
/// <see cref="LunrIndexCompactor"/>, and the results store, both in <c>search/{language}/index.js</c>.
/// Queries typed without Kazakh letters need no folded field: search-query.js folds the index's own
/// vocabulary (docs/search.md explains the trade-offs).
/// </summary>
public sealed partial class SearchIndexGenerator
{
    public const int DefaultSnippetLength = 150;

    /// <summary>Significant digits of the scores: 1 measured as relevant as lunr's 3 decimals (docs/search.md, "Sizes").</summary>
    public const int DefaultScoreDigits = 1;

    private readonly string language;
    private readonly IStemmer stemmer;
    private readonly IReadOnlyList<string> stopWords;
    private Func<string, string>? fold;
    private int snippetLength = DefaultSnippetLength;
    private int scoreDigits = DefaultScoreDigits;
    private readonly Lock gate = new();
    private Dictionary<string, LunrTermCounter>? counters;

    private readonly string stopWordFilterLabel;

    /// <summary>A course language's generator: its stemmer (or the build's caching one), stop words and lunr labels.</summary>
    public SearchIndexGenerator(CourseLanguage language, IStemmer? stemmer = null)
        : this(language.Code, stemmer ?? language.Stemmer, language.StopWords, language.StemmerLabel, language.StopWordFilterLabel)
    {
    }

    /// <summary>A generator with the labels <c>stemmer-{language}</c> and <c>stopWordFilter-{language}</c>.</summary>
    public SearchIndexGenerator(string language, IStemmer stemmer, IEnumerable<string> stopWords)
        : this(language, stemmer, stopWords, $"stemmer-{language}", $"stopWordFilter-{language}")
    {
    }

    private SearchIndexGenerator(string language, IStemmer stemmer, IEnumerable<string> stopWords, string stemmerLabel, string stopWordFilterLabel)
    {
        if (!LanguageCode().IsMatch(language))
        {
            throw new ArgumentException($"'{language}' is not a language code like 'kk'.", nameof(language));
        }

        this.language = language;
        this.stemmer = stemmer;
        StemmerLabel = stemmerLabel;
        this.stopWordFilterLabel = stopWordFilterLabel;
        this.stopWords = stopWords.Select(w => SearchText.Normalize(w).ToLowerInvariant())
            .Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The lunr label of the stemmer, the index's search pipeline: the browser must have registered it.</summary>
    public string StemmerLabel { get; }

    public string ScriptPath => $"search/{language}/index.js";

    /// <summary>
    /// Adds the <see cref="SearchFields.Folded"/> field: the folded stems that folding changes
    /// (<c>KeyboardFolding.Fold</c>). It roughly adds 40% to the gzipped index and search-query.js does not
    /// need it; it is here for comparing relevance.
    /// </summary>
    public SearchIndexGenerator WithFoldedField(Func<string, string> keyboardFold)
    {
        fold = keyboardFold;
        counters = null;
        return this;
    }

    /// <summary>How many characters of each section's excerpt the store keeps for snippets.</summary>
    public SearchIndexGenerator WithSnippetLength(int characters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(characters, 1);
        snippetLength = characters;
        return this;
    }

    /// <summary>
    /// Significant digits kept in the index's scores (<see cref="LunrIndexCompactor"/>); 0 keeps lunr's
    /// own rounding to thousandths and its term numbering, as lunr.Builder writes them.
    /// </summary>
    public SearchIndexGenerator WithScoreDigits(int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        scoreDigits = digits;
        return this;
    }

    /// <summary>Writes the script straight to <paramref name="output"/> (readable and seekable) and returns its size.</summary>
    public SearchIndexSize Generate(IReadOnlyList<SearchDocument> documents, Stream output, IReadOnlyList<IReadOnlyList<string>>? synonyms = null) =>
        SearchScriptWriter.Write(output, language, BuildIndex(documents), SearchStore.Create(documents, snippetLength), synonyms);

    /// <summary>The index and store split into parts loaded on demand, for courses too big for one script (<see cref="SearchSplitWriter"/>).</summary>
    public SearchSplitOutput GenerateSplit(IReadOnlyList<SearchDocument> documents, IReadOnlyList<IReadOnlyList<string>>? synonyms = null) =>
        SearchSplitWriter.Write(language, BuildPostings(documents), SearchStore.Create(documents, snippetLength), synonyms);

    public SearchIndexOutput Generate(IReadOnlyList<SearchDocument> documents)
    {
        LunrIndex index = BuildIndex(documents);
        SearchStore store = SearchStore.Create(documents, snippetLength);
        (byte[] script, SearchIndexSize size) = SearchScriptWriter.Write(language, index, store);
        return new SearchIndexOutput(language, ScriptPath, script, size, index, store);
    }

    /// <summary>
    /// The document with its fields counted and its texts dropped (the excerpt cut to the snippet length):
    /// per-page work the build does while it renders the pages, so the whole site's text is never held at once.
    /// Thread-safe.
    /// </summary>
    public SearchDocument Count(SearchDocument document)
    {
        Dictionary<string, LunrTermCounts> terms = CountFields(document);
        return document with
        {
            Text = string.Empty,
            Excerpt = SearchText.Excerpt(document.Excerpt ?? document.Text, snippetLength),
            Terms = terms,
        };
    }

    public LunrIndex BuildIndex(IReadOnlyList<SearchDocument> documents) => Builder(documents).Build(scoreDigits);

    /// <summary><see cref="BuildIndex"/>'s postings with their weights, without lunr's per-section vectors: what a split index writes.</summary>
    public LunrPostingsIndex BuildPostings(IReadOnlyList<SearchDocument> documents) => Builder(documents).BuildPostings(scoreDigits);

    private LunrIndexBuilder Builder(IReadOnlyList<SearchDocument> documents)
    {
        LunrIndexBuilder builder = new LunrIndexBuilder()
            .WithField(SearchFields.Heading, SearchFields.HeadingBoost)
            .WithField(SearchFields.Body, SearchFields.BodyBoost)
            .WithPipeline(Pipeline())
            .WithSearchPipeline(StemmerLabel);
        if (fold is not null)
        {
            builder.WithField(SearchFields.Folded, SearchFields.FoldedBoost);
        }

        foreach (SearchDocument document in documents)
        {
            builder.AddCounted(document.Ref, document.Terms ?? CountFields(document), document.Boost);
        }

        return builder;
    }

    private Dictionary<string, LunrTermCounts> CountFields(SearchDocument document)
    {
        Dictionary<string, LunrTermCounter> fieldCounters = Counters();
        return FieldTexts(document).ToDictionary(f => f.Key, f => fieldCounters[f.Key].Count(f.Value), StringComparer.Ordinal);
    }

    private PipelineFunction[] Pipeline() => CourseSearchPipeline.Create(StemmerLabel, stopWordFilterLabel, stemmer, stopWords, fold);

    // One counter per field, shared by every page of the build: each caches its pipeline's output per token;
    // the fields share one term table, so the index step posts every section's terms by number.
    private Dictionary<string, LunrTermCounter> Counters()
    {
        lock (gate)
        {
            if (counters is null)
            {
                LunrPipeline pipeline = new(Pipeline());
                LunrTermTable table = new();
                counters = new[] { SearchFields.Heading, SearchFields.Body, SearchFields.Folded }
                    .ToDictionary(f => f, f => new LunrTermCounter(pipeline, f, table), StringComparer.Ordinal);
            }

            return counters;
        }
    }

    // A page's first section (no anchor) is headed by the page title; a separate title field would only
    // cost a vector per section and a posting slot per term (docs/search.md, "Index format").
    private Dictionary<string, string?> FieldTexts(SearchDocument document)
    {
        bool firstOfPage = SearchStore.SplitUrl(document.Url).Anchor.Length == 0;
        string shown = document.Heading.Length == 0 && firstOfPage ? document.Title : document.Heading;
        string heading = SearchText.Normalize(shown + " " + document.Keywords);
        string body = SearchText.Normalize(document.Text);
        Dictionary<string, string?> fields = new()
        {
            [SearchFields.Heading] = heading,
            [SearchFields.Body] = body,
        };
        if (fold is not null)
        {
            fields[SearchFields.Folded] = string.Join(' ', new[] { heading, body }.Where(t => t.Length > 0));
        }

        return fields;
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();
}
