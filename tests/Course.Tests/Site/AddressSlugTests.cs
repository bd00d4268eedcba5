using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>The name suggested for a file or folder whose name cannot be part of an address keeps its words, in Latin letters.</summary>
public sealed class AddressSlugTests
{
    [Theory]
    [InlineData("жаңа бет (1)", "zhana-bet-1")]
    [InlineData("Қылмыстылық және құқық", "qylmystylyq-zhane-quqyq")]
    [InlineData("Новая страница", "novaya-stranitsa")]
    [InlineData("Объём", "obyom")]
    [InlineData("Йод_и_щи", "yod-i-shchi")]
    [InlineData("Étude Numéro 2", "etude-numero-2")]
    [InlineData("Digital Evidence", "digital-evidence")]
    [InlineData("(1)", "1")]
    [InlineData("!!!", "page")]
    public void SuggestsAValidNameKeepingTheWords(string name, string expected)
    {
        string suggested = AddressSlug.Suggest(name);

        Assert.Equal(expected, suggested);
        Assert.True(AddressSlug.IsValid(suggested));
    }

    [Theory]
    [InlineData("history", true)]
    [InlineData("step-2", true)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("History", false)]
    [InlineData("тарих", false)]
    [InlineData("", false)]
    public void AcceptsLowercaseLatinDigitsAndSingleHyphensOnly(string name, bool valid) =>
        Assert.Equal(valid, AddressSlug.IsValid(name));
}
