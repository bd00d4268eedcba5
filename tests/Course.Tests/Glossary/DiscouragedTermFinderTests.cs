using Course.Web.Glossary;
using Course.Web.Glossary.Terminology;
using static Course.Tests.Glossary.GlossarySamples;

namespace Course.Tests.Glossary;

public sealed class DiscouragedTermFinderTests
{
    private static readonly DiscouragedTermFinder Kazakh = new(
    [
        Entry("budapest-convention", "Будапешт конвенциясы", aliases: "Компьютерлік қылмыстар туралы конвенция") with
        {
            Avoid = ["Киберқылмыс туралы конвенция"],
        },
        Entry("cybercrime", "Киберқылмыс"),
        Abbr("itu", "ХЭО") with { Avoid = ["ХЭБ", "Халықаралық электр байланысы одағы"] },
        Entry("sms", "SMS") with { Avoid = ["СМС"] },
    ], new TestStemmer());

    private static List<(int Line, int Column, string Found, string Preferred)> Find(string text) =>
        Kazakh.Find(text).Select(u => (u.Line, u.Column, u.Found, u.Preferred.Term)).ToList();

    [Fact]
    public void Finds_an_inflected_variant_and_names_the_preferred_term()
    {
        Assert.Equal([(1, 5, "Киберқылмыс туралы конвенцияның", "Будапешт конвенциясы")],
            Find("Бұл Киберқылмыс туралы конвенцияның мәтіні."));
    }

    [Fact]
    public void Reports_the_line_and_column_of_each_use_also_across_a_line_break()
    {
        Assert.Equal(
        [
            (2, 1, "ХЭБ", "ХЭО"),
            (3, 6, "Халықаралық электр\nбайланысы одағының", "ХЭО"),
        ], Find("ХЭО дұрыс.\nХЭБ бұрыс.\nБіз: Халықаралық электр\nбайланысы одағының деректері."));
    }

    [Fact]
    public void A_variant_without_lowercase_letters_matches_only_as_the_exact_whole_word()
    {
        Assert.Equal([(1, 1, "СМС", "SMS")], Find("СМС-хабарлама, смс, ХЭБТ, хэб."));
    }

    [Fact]
    public void Preferred_names_and_other_terms_are_not_reported()
    {
        Assert.Empty(Find("Будапешт конвенциясы – Компьютерлік қылмыстар туралы конвенция; киберқылмыстың түрлері; SMS."));
    }

    [Fact]
    public void A_variant_quoted_in_backticks_is_skipped()
    {
        Assert.Empty(Find("Түзету: `ХЭБ` → ХЭО, `Киберқылмыс туралы конвенция` емес."));
    }

    [Fact]
    public void Lines_count_from_the_first_line_given()
    {
        Assert.Equal(11, Assert.Single(Kazakh.Find("\nСМС", firstLine: 10)).Line);
    }

    [Fact]
    public void A_glossary_without_variants_finds_nothing()
    {
        var finder = new DiscouragedTermFinder([Entry("sms", "SMS")], new TestStemmer());

        Assert.True(finder.IsEmpty);
        Assert.Empty(finder.Find("СМС"));
    }
}
