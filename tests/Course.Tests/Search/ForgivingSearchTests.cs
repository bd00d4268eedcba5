using Course.Tests.Stemming;
using Course.Tests.Support;

namespace Course.Tests.Search;

/// <summary>
/// What students really type, on the real course (issue 16): Kazakh without Kazakh letters, typos, Latin
/// script, the wrong keyboard layout, Latin look-alikes, question frames, synonyms. Each figure is
/// measured and printed; the thresholds leave room for the course text changing.
/// </summary>
public sealed class ForgivingSearchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FoldedGoldFormsReachTheirTerm()
    {
        CourseSearcher kk = await CourseSearcher.LoadAsync("kk");
        int right = 0, wrong = 0, none = 0;
        var misses = new List<string>();
        foreach (string form in KazakhGold.Read().Select(g => g.Form).Distinct().Where(f => f.Any(c => "әғқңөұүһі".Contains(c))))
        {
            string term = kk.Stem(form);
            if (!kk.HasTerm(term))
            {
                continue; // the course does not use the word (the gold list is wider)
            }

            string[] best = kk.BestTerms(kk.Fold(form) + " ");
            if (best.Contains(term))
            {
                right++;
            }
            else
            {
                _ = best.Length == 0 ? none++ : wrong++;
                misses.Add($"{kk.Fold(form)}: {string.Join(",", best)} (not {term})");
            }
        }

        int total = right + wrong + none;
        output.WriteLine($"folded gold forms: {right}/{total} right ({(double)right / total:0.000}), {wrong} wrong ({(double)wrong / total:0.000}), {none} none\n{string.Join('\n', misses)}");
        Assert.True(total >= 400, $"only {total} forms");
        Assert.True(right >= 0.98 * total, $"{right}/{total} right");
        Assert.True(wrong <= 0.01 * total, $"{wrong}/{total} wrong");
    }

    [Theory]
    [InlineData("typos.tsv", 0.80, 0.90)]
    [InlineData("latin.tsv", 0.80, 0.95)]
    public async Task TyposAndLatinFindWhatTheRightWordsFind(string file, double firstShare, double topFiveShare)
    {
        var searchers = new Dictionary<string, CourseSearcher> { ["kk"] = await CourseSearcher.LoadAsync("kk"), ["ru"] = await CourseSearcher.LoadAsync("ru") };
        string[][] rows = [.. File.ReadLines(Repo.File("tests", "Course.Tests", "Search", file)).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))];
        int measured = 0, first = 0, topFive = 0;
        var misses = new List<string>();
        foreach (string[] row in rows)
        {
            CourseSearcher searcher = searchers[row[2]];
            string? want = searcher.Urls(row[1] + " ").FirstOrDefault();
            if (want is null)
            {
                continue; // the meant word left the course
            }

            measured++;
            string[] got = searcher.Urls(row[0] + " ");
            first += got.FirstOrDefault() == want ? 1 : 0;
            topFive += got.Contains(want) ? 1 : 0;
            if (got.FirstOrDefault() != want)
            {
                misses.Add($"{row[0]} ({row[1]}, {row[3]}): {got.FirstOrDefault() ?? "nothing"}, want {want}");
            }
        }

        output.WriteLine($"{file}: {rows.Length} queries, {measured} measured; first result as for the right word {first} ({(double)first / measured:0.000}), in the first five {topFive} ({(double)topFive / measured:0.000})\n{string.Join('\n', misses)}");
        Assert.True(measured >= 0.9 * rows.Length, $"only {measured} of {rows.Length} meant words are in the course");
        Assert.True(first >= firstShare * measured, $"first result {first}/{measured}");
        Assert.True(topFive >= topFiveShare * measured, $"first five {topFive}/{measured}");
    }

    [Theory]
    [InlineData("kk", "кылмыстын ", "қылм")]
    [InlineData("kk", "саласындагы ", "сала")]
    [InlineData("kk", "желилер ", "желі")]
    [InlineData("kk", "компютер ", "компьютер")]
    [InlineData("kk", "алайқтық ", "алаяқ")]
    [InlineData("kk", "kylmys ", "қылм")]
    [InlineData("kk", "kiberqylmys ", "киберқылм")]
    [InlineData("kk", "viktimologiya ", "виктимология")]
    [InlineData("kk", "қылмыc ", "қылм")] // a Latin c inside a Cyrillic word
    [InlineData("kk", "rskvsc ", "қылм")] // кылмыс typed with the English layout on
    [InlineData("ru", "мошеничество ", "мошенничеств")]
    [InlineData("ru", "prestuplenie ", "преступлен")]
    [InlineData("ru", "vjityybxtcndj ", "мошенничеств")]
    public async Task TheIssuesExamplesReachTheirTerm(string lang, string query, string term)
    {
        CourseSearcher searcher = await CourseSearcher.LoadAsync(lang);

        Assert.Contains(term, searcher.BestTerms(query));
        Assert.NotEmpty(searcher.Urls(query));
    }

    [Fact]
    public async Task RealMatchesWeighMoreThanForgivenOnes()
    {
        CourseSearcher kk = await CourseSearcher.LoadAsync("kk");

        // a query's clause for a properly typed word weighs more than one reached through folding or
        // Latin script, which weighs more than one reached through a typo
        Assert.Equal(10, kk.BestBoost("қылмыс "));
        Assert.Equal(4, kk.BestBoost("кылмыс "));
        Assert.Equal(4, kk.BestBoost("kylmys "));
        Assert.Equal(1.5, kk.BestBoost("қылмс "));
    }

    [Theory]
    [InlineData("kk", "киберқылмыс дегеніміз не", "glossary/#cybercrime", "concepts/")]
    [InlineData("kk", "киберқылмыс деген не?", "glossary/#cybercrime", "concepts/")]
    [InlineData("ru", "что такое киберпреступление", "glossary/#cybercrime", "concepts/")]
    [InlineData("ru", "что такое фишинг", "glossary/#phishing", "determinants/")]
    public async Task AQuestionPutsTheDefinitionFirstThenTheConceptSection(string lang, string query, string definition, string section)
    {
        CourseSearcher searcher = await CourseSearcher.LoadAsync(lang);

        SearchClientFixture.ClientResult result = searcher.Search(query);

        Assert.True(result.question);
        Assert.Equal(definition, result.items[0].url);
        Assert.Equal("definition", result.items[0].kind);
        Assert.StartsWith(section, result.items[1].url, StringComparison.Ordinal);
        Assert.Equal("section", result.items[1].kind);
    }

    [Theory]
    [InlineData("kk", "фишинг ")]
    [InlineData("ru", "фишинг ")]
    [InlineData("kk", "ботнет ")]
    public async Task ASectionComesBeforeAnEquallyMatchingDefinition(string lang, string query)
    {
        CourseSearcher searcher = await CourseSearcher.LoadAsync(lang);

        SearchClientFixture.ClientItem[] items = searcher.Search(query).items;

        Assert.Equal("section", items[0].kind);
        Assert.Contains(items, i => i.kind == "definition");
    }

    [Theory]
    [InlineData("kk", "ддос ", "ddos")]
    [InlineData("ru", "құпиясөз ", "парол")]
    [InlineData("ru", "ддос ", "ddos")]
    public async Task SynonymsFromTheCourseFolderWidenTheQuery(string lang, string query, string synonymTerm)
    {
        CourseSearcher searcher = await CourseSearcher.LoadAsync(lang);

        Assert.Contains(synonymTerm, searcher.BestTerms(query).Concat(searcher.AllTerms(query)));
        Assert.NotEmpty(searcher.Urls(query));
    }
}
