using System.Collections.Concurrent;
using Course.Tests.Stemming;
using Course.Web.Languages;
using Course.Web.Search;
using Course.Web.Search.Lunr;

namespace Course.Tests.Search;

/// <summary>
/// <see cref="LunrTermCounter"/> against a plain reference (lunr's way: tokenize, run the pipeline over
/// every token, count) on many texts made of the course's and the source's words, counted in parallel
/// by one counter, as the index generators use it.
/// </summary>
public sealed class LunrTermCounterOracleTests
{
    // A seed fixed per language (string.GetHashCode changes every run), so a failure reproduces.
    private static int StableSeed(string lang) => lang.Aggregate(17, (seed, c) => (seed * 31) + c);

    private static readonly string[] Separators = [" ", "  ", "\n", "-", "\u00A0", "\u2003", " – ", ", ", "; ", ". "];

    // What normalized text (SearchText.Normalize) separates words with: the counter's fast path.
    private static readonly string[] NormalizedSeparators = [" ", "-", " – ", ", ", "; ", ". "];

    public static TheoryData<string, bool> Languages => new() { { "kk", false }, { "ru", false }, { "kk", true } };

    [Theory]
    [MemberData(nameof(Languages))]
    public void ParallelCountsEqualTheReferenceOnTheCourseAndSourceWords(string lang, bool normalized)
    {
        string[] words = [.. CourseWords.FromInput().Concat(CourseWords.FromSeed()).Distinct(StringComparer.Ordinal)];
        Assert.True(words.Length > 5000, $"{words.Length} words");
        string[] texts = Texts(words, count: 600, seed: StableSeed(lang), normalized ? NormalizedSeparators : Separators);
        var pipeline = new LunrPipeline(CourseSearchPipeline.Create(CourseLanguages.Get(lang), null));
        LunrTermCounts[] expected = [.. texts.Select(t => Reference(pipeline, t))];
        var counter = new LunrTermCounter(pipeline, "body");

        var actual = new LunrTermCounts[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = counter.Count(texts[i]));

        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expected[i].Terms, actual[i].Terms);
            Assert.Equal(expected[i].Counts, actual[i].Counts);
            Assert.Equal(expected[i].Length, actual[i].Length);
        }
    }

    [Fact]
    public void CountersSharingATableReturnOneStringPerTermAcrossFieldsAndThreads()
    {
        // LunrIndexBuilder posts counted terms by their number in the table: that is only right if every
        // counter given the same table gives a term one number (and the table one string for it).
        string[] words = [.. CourseWords.FromInput().Take(3000)];
        string[] texts = Texts(words, count: 200, seed: 7);
        var pipeline = new LunrPipeline(CourseSearchPipeline.Create(Kazakh.Instance, null));
        var shared = new LunrTermTable();
        LunrTermCounter[] counters = [new(pipeline, "title", shared), new(pipeline, "body", shared)];
        var seen = new ConcurrentBag<(int Id, string Term)>();

        Parallel.For(0, texts.Length * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            LunrTermCounts counts = counters[i % 2].Count(texts[i / 2]);
            Assert.Same(shared, counts.Table);
            foreach ((int id, string term) in counts.TermIds.Zip(counts.Terms))
            {
                seen.Add((id, term));
            }
        });

        Assert.NotEmpty(seen);
        Assert.Equal(shared.Count, seen.Select(s => s.Id).Distinct().Count());
        Assert.All(seen.GroupBy(s => s.Term, StringComparer.Ordinal), group =>
            Assert.All(group, s => { Assert.Equal(group.First().Id, s.Id); Assert.Same(shared[s.Id], s.Term); }));
    }

    [Fact]
    public void ACounterWithoutATableStillReturnsOneStringPerTerm()
    {
        string[] texts = Texts([.. CourseWords.FromSeed().Take(2000)], count: 100, seed: 3);
        var counter = new LunrTermCounter(new LunrPipeline(CourseSearchPipeline.Create(Russian.Instance, null)), "body");
        var first = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var different = new ConcurrentBag<string>();

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            foreach (string term in counter.Count(texts[i]).Terms)
            {
                if (!ReferenceEquals(first.GetOrAdd(term, term), term))
                {
                    different.Add(term);
                }
            }
        });

        Assert.Empty(different);
    }

    /// <summary>lunr.Builder.add's counting, written plainly.</summary>
    private static LunrTermCounts Reference(LunrPipeline pipeline, string text)
    {
        IReadOnlyList<LunrToken> terms = pipeline.Run(LunrTokenizer.Tokenize(text, "body"));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (LunrToken term in terms)
        {
            if (counts.TryGetValue(term.Text, out int count))
            {
                counts[term.Text] = count + 1;
            }
            else
            {
                counts[term.Text] = 1;
                order.Add(term.Text);
            }
        }

        return LunrTermCounts.Of(order, [.. order.Select(t => counts[t])], terms.Count);
    }

    /// <summary>Texts of 50–400 words drawn from <paramref name="words"/>, some capitalised or upper case, with assorted separators; every word used at least once.</summary>
    private static string[] Texts(string[] words, int count, int seed, string[]? separators = null)
    {
        separators ??= Separators;
        var random = new Random(seed);
        var texts = new string[count];
        int next = 0;
        for (int i = 0; i < count; i++)
        {
            var text = new System.Text.StringBuilder();
            int length = random.Next(50, 400);
            for (int w = 0; w < length; w++)
            {
                string word = next < words.Length && random.Next(3) == 0 ? words[next++] : words[random.Next(words.Length)];
                word = random.Next(10) switch
                {
                    0 => word.ToUpperInvariant(),
                    1 => char.ToUpperInvariant(word[0]) + word[1..],
                    _ => word,
                };
                text.Append(word).Append(separators[random.Next(separators.Length)]);
            }

            texts[i] = text.ToString();
        }

        texts[^1] += string.Join(' ', words.Skip(next));
        return texts;
    }
}
