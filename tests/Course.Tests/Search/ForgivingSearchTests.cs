using Course.Tests.Stemming;
using Course.Tests.Support;

namespace Course.Tests.Search;

/// <summary>
/// What students really type, on the real course (issue 16): Kazakh without Kazakh letters, typos, Latin
/// script, the wrong keyboard layout, Latin look-alikes, question frames, synonyms. Each figure is
/// measured and printed; the thresholds leave room for the course text changing. The search runs in Chromium as on
/// the site (<see cref="CourseSearchers"/>).
/// </summary>
public sealed class ForgivingSearchTests(CourseSearchers searchers, ITestOutputHelper output) : IClassFixture<CourseSearchers>
{
    [Fact]
    public async Task FoldedGoldFormsReachTheirTerm()
    {
        CourseSearcher kk = searchers.For("kk");
        string[] forms = [.. KazakhGold.Read().Select(g => g.Form).Distinct().Where(f => f.Any(c => "әғқңөұүһі".Contains(c)))];
        string[] terms = await kk.StemAsync(forms);
        bool[] used = await kk.HasTermsAsync(terms);
        string[] folded = await kk.FoldAsync(forms);
        string[][] bests = await kk.BestTermsAsync([.. folded.Select(f => f + " ")]);
        int right = 0, wrong = 0, none = 0;
        var misses = new List<string>();
        for (int i = 0; i < forms.Length; i++)
        {
            if (!used[i])
            {
                continue; // the course does not use the word (the gold list is wider)
            }

            if (bests[i].Contains(terms[i]))
            {
                right++;
            }
            else
            {
                _ = bests[i].Length == 0 ? none++ : wrong++;
                misses.Add($"{folded[i]}: {string.Join(",", bests[i])} (not {terms[i]})");
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
        string[][] rows = [.. File.ReadLines(Repo.File("tests", "Course.Tests", "Search", file)).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))];
        int measured = 0, first = 0, topFive = 0;
        var misses = new List<string>();
        foreach (IGrouping<string, string[]> language in rows.GroupBy(r => r[2], StringComparer.Ordinal))
        {
            CourseSearcher searcher = searchers.For(language.Key);
            string[][] wanted = await searcher.UrlsAsync([.. language.Select(r => r[1] + " ")]);
            string[][] typed = await searcher.UrlsAsync([.. language.Select(r => r[0] + " ")]);
            foreach ((string[] row, string? want, string[] got) in language.Zip(wanted.Select(w => w.FirstOrDefault()), typed))
            {
                if (want is null)
                {
                    continue; // the meant word left the course
                }

                measured++;
                first += got.FirstOrDefault() == want ? 1 : 0;
                topFive += got.Contains(want) ? 1 : 0;
                if (got.FirstOrDefault() != want)
                {
                    misses.Add($"{row[0]} ({row[1]}, {row[3]}): {got.FirstOrDefault() ?? "nothing"}, want {want}");
                }
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
        CourseSearcher searcher = searchers.For(lang);

        Assert.Contains(term, await searcher.BestTermsAsync(query));
        Assert.NotEmpty(await searcher.UrlsAsync(query));
    }

    [Fact]
    public async Task RealMatchesWeighMoreThanForgivenOnes()
    {
        CourseSearcher kk = searchers.For("kk");

        // a query's clause for a properly typed word weighs more than one reached through folding or
        // Latin script, which weighs more than one reached through a typo
        Assert.Equal(10, await kk.BestBoostAsync("қылмыс "));
        Assert.Equal(4, await kk.BestBoostAsync("кылмыс "));
        Assert.Equal(4, await kk.BestBoostAsync("kylmys "));
        Assert.Equal(1.5, await kk.BestBoostAsync("қылмс "));
    }

    [Theory]
    [InlineData("kk", "киберқылмыс дегеніміз не", "glossary/#cybercrime", "concepts/")]
    [InlineData("kk", "киберқылмыс деген не?", "glossary/#cybercrime", "concepts/")]
    [InlineData("ru", "что такое киберпреступление", "glossary/#cybercrime", "concepts/")]
    [InlineData("ru", "что такое фишинг", "glossary/#phishing", "determinants/")]
    public async Task AQuestionPutsTheDefinitionFirstThenTheConceptSection(string lang, string query, string definition, string section)
    {
        SearchClientFixture.ClientResult result = await searchers.For(lang).SearchAsync(query);

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
        SearchClientFixture.ClientItem[] items = (await searchers.For(lang).SearchAsync(query)).items;

        Assert.Equal("section", items[0].kind);
        Assert.Contains(items, i => i.kind == "definition");
    }

    [Theory]
    [InlineData("kk", "ддос ", "ddos")]
    [InlineData("ru", "құпиясөз ", "парол")]
    [InlineData("ru", "ддос ", "ddos")]
    public async Task SynonymsFromTheCourseFolderWidenTheQuery(string lang, string query, string synonymTerm)
    {
        CourseSearcher searcher = searchers.For(lang);

        Assert.Contains(synonymTerm, (await searcher.BestTermsAsync(query)).Concat(await searcher.AllTermsAsync(query)));
        Assert.NotEmpty(await searcher.UrlsAsync(query));
    }
}
