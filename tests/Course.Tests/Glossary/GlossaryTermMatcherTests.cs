using Course.Web.Glossary;
using Course.Web.Glossary.Matching;
using static Course.Tests.Glossary.GlossarySamples;

namespace Course.Tests.Glossary;

public sealed class GlossaryTermMatcherTests
{
    private static readonly GlossaryTermMatcher Kazakh = new(
    [
        Entry("phishing", "Фишинг"),
        Entry("offender", "Қылмыскер", aliases: "кибер қылмыскер"),
        Entry("victim", "Жәбірленуші"),
        Entry("crime", "Қылмыс"),
        Entry("computer-crime", "Компьютерлік қылмыс"),
        Entry("k-department", "«К» бөлімі"),
        Abbr("criminal-code", "ҚК"),
        Abbr("rk-criminal-code", "ҚР ҚК"),
    ], new TestStemmer());

    private static readonly GlossaryTermMatcher Russian = new(
    [
        Entry("phishing", "фишинг", lang: "ru"),
        Entry("hacker", "хакер", lang: "ru"),
        Entry("computer-crime", "компьютерное преступление", lang: "ru"),
    ], new TestStemmer());

    private static List<(string Text, string Id)> Find(GlossaryTermMatcher matcher, string text) =>
        matcher.FindMatches(text).Select(m => (text.Substring(m.Start, m.Length), m.Entry.Id)).ToList();

    [Theory]
    [InlineData("Фишингтің түрлері көп.", "Фишингтің", "phishing")]
    [InlineData("Ол қылмыскерлерге қарсы.", "қылмыскерлерге", "offender")]
    [InlineData("жәбірленушілердің құқықтары", "жәбірленушілердің", "victim")]
    [InlineData("Кибер қылмыскерлердің портреті", "Кибер қылмыскерлердің", "offender")]
    public void Matches_inflected_kazakh_words(string text, string expected, string id)
    {
        Assert.Equal([(expected, id)], Find(Kazakh, text));
    }

    [Theory]
    [InlineData("Жертвы фишинга", "фишинга", "phishing")]
    [InlineData("вместе с хакерами", "хакерами", "hacker")]
    [InlineData("рост компьютерного преступления", "компьютерного преступления", "computer-crime")]
    public void Matches_inflected_russian_words(string text, string expected, string id)
    {
        Assert.Equal([(expected, id)], Find(Russian, text));
    }

    [Fact]
    public void Prefers_the_longest_term_at_a_word()
    {
        Assert.Equal([("компьютерлік қылмыстың", "computer-crime"), ("қылмыс", "crime")],
            Find(Kazakh, "компьютерлік қылмыстың белгісі — қылмыс"));
    }

    [Fact]
    public void Matches_multiword_terms_across_line_breaks_and_hyphens_but_not_commas()
    {
        Assert.Equal("computer-crime", Assert.Single(Find(Kazakh, "компьютерлік\nқылмыс")).Id);
        Assert.Equal("computer-crime", Assert.Single(Find(Kazakh, "компьютерлік-қылмыс")).Id);
        Assert.Equal([("қылмыс", "crime")], Find(Kazakh, "компьютерлік, қылмыс"));
    }

    [Fact]
    public void Takes_in_the_quotes_of_a_quoted_term()
    {
        Assert.Equal([("«К» бөлімінің", "k-department")], Find(Kazakh, "ІІМ «К» бөлімінің қызметкері"));
    }

    [Fact]
    public void Never_matches_inside_a_longer_word()
    {
        Assert.Empty(Find(Kazakh, "антифишинг бағдарламасы"));
    }

    [Theory]
    [InlineData("ҚК-нің 190-бабы", "ҚК")]
    [InlineData("(ҚК)", "ҚК")]
    [InlineData("ҚК.", "ҚК")]
    public void Matches_abbreviations_as_whole_words_where_a_hyphen_is_a_boundary(string text, string expected)
    {
        Assert.Equal([(expected, "criminal-code")], Find(Kazakh, text));
    }

    [Theory]
    [InlineData("ҚКБ туралы")]
    [InlineData("қк туралы")]
    [InlineData("Қк туралы")]
    [InlineData("ХҚК")]
    public void Matches_abbreviations_case_sensitively_and_never_inside_words(string text)
    {
        Assert.Empty(Find(Kazakh, text));
    }

    [Fact]
    public void Prefers_the_longer_abbreviation()
    {
        Assert.Equal([("ҚР ҚК", "rk-criminal-code"), ("ҚК", "criminal-code")], Find(Kazakh, "ҚР ҚК және ҚК"));
    }

    [Fact]
    public void Reads_yo_as_ye()
    {
        var matcher = new GlossaryTermMatcher([Entry("container", "ёмкость", lang: "ru")], new TestStemmer());
        Assert.Single(Find(matcher, "емкость"));
    }
}
