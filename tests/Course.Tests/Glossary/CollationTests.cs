using System.Globalization;
using Course.Web.Glossary.Collation;
using Course.Web.Languages;

namespace Course.Tests.Glossary;

public sealed class CollationTests
{
    private static List<string> Sorted(AlphabetCollation collation, IEnumerable<string> words) =>
        words.Reverse().OrderBy(w => w, collation).ToList();

    [Fact]
    public void Kazakh_follows_the_kazakh_alphabet_after_digits_and_latin()
    {
        string[] expected =
        [
            "2FA", "DDoS", "Абай", "Әділет", "Бақылау", "Ғалам", "Дерек", "Ерік", "Ёлка", "Жәбірленуші", "Кодекс", "Қылмыс",
            "Ноутбук", "Ңқ", "Орын", "Өтініш", "Сот", "Уәкіл", "Ұйым", "Үкімет", "Хакер", "Һижра", "Ыдыс", "Іс", "Эксперт", "Я",
        ];

        Assert.Equal(expected, Sorted(KazakhCollation.Instance, expected.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Kazakh_ignores_leading_quotes_and_sorts_word_by_word()
    {
        string[] expected = ["«К» бөлімі", "Кабинет", "Кәсіпкер", "Компьютерлік қылмыс", "Компьютерлікпен"];

        Assert.Equal(expected, Sorted(KazakhCollation.Instance, expected));
    }

    [Fact]
    public void Russian_sorts_yo_with_ye_and_right_after_it_on_a_tie()
    {
        string[] expected = ["еда", "еж", "ёж", "ежевика", "ёлка", "ель", "жук"];

        Assert.Equal(expected, Sorted(RussianCollation.Instance, expected.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Russian_puts_latin_and_digits_first_and_kazakh_letters_after_their_russian_base()
    {
        string[] expected = ["1С", "IP-адрес", "Ак", "Әк", "Ал", "Қазақстан", "Кибер", "Кража", "Яма"];

        Assert.Equal(expected, Sorted(RussianCollation.Instance, expected.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Lowercase_sorts_before_uppercase_and_equal_words_compare_equal()
    {
        Assert.True(RussianCollation.Instance.Compare("абай", "Абай") < 0);
        Assert.Equal(0, RussianCollation.Instance.Compare("Абай", "Абай"));
    }

    [Theory]
    [InlineData("kk", "Ёлка", "Ё")]
    [InlineData("ru", "Ёлка", "Е")]
    [InlineData("ru", "Қазақстан", "К")]
    [InlineData("kk", "«К» бөлімі", "К")]
    [InlineData("kk", "іс", "І")]
    [InlineData("kk", "DDoS", "A–Z")]
    [InlineData("kk", "e-gov", "A–Z")]
    [InlineData("ru", "IP-адрес", "A–Z")]
    [InlineData("kk", "Экология", "Э")]
    [InlineData("kk", "2FA", "0–9")]
    public void Groups_a_term_under_its_first_letter(string lang, string term, string letter)
    {
        Assert.Equal(letter, CourseLanguages.Get(lang).Collation.GroupOf(term));
    }

    [Fact]
    public void Sorting_does_not_depend_on_the_current_culture()
    {
        string[] words = ["Іс", "Ыдыс", "ёлка", "ель", "Ięk", "IP", "ısı", "Қылмыс", "Кодекс", "«К» бөлімі"];
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            var results = new List<string>();
            foreach (string culture in new[] { "", "tr-TR", "kk-KZ", "ru-RU", "en-US" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                results.Add(string.Join("|", Sorted(KazakhCollation.Instance, words)) + string.Join("|", Sorted(RussianCollation.Instance, words)));
            }

            Assert.Single(results.Distinct());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
