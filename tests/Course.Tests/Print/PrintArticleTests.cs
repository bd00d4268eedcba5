using System.Text;
using Course.Web.Print;

namespace Course.Tests.Print;

/// <summary>The print edition's pieces joined into the book: table regions numbered on from page to page.</summary>
public sealed class PrintArticleTests
{
    [Fact]
    public void TableRegionsAreNumberedOnAcrossTheArticlesOfTheBook()
    {
        const string Article = "<h1 id=\"p-a\">A</h1>\n<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Кесте 1\"><table></table></div>\n"
            + "<p>role=\"region\" names a table</p><div role=\"region\" aria-label=\"Table 12\"></div>";
        var book = new StringBuilder("<p>intro</p>");
        int number = 0;

        PrintArticle.AppendNumberingTables(book, Article, ref number);
        PrintArticle.AppendNumberingTables(book, "<p>no tables</p>", ref number);
        PrintArticle.AppendNumberingTables(book, Article, ref number);

        string expected = "<p>intro</p>"
            + Article.Replace("Table 12", "Table 2", StringComparison.Ordinal)
            + "<p>no tables</p>"
            + Article.Replace("Кесте 1", "Кесте 3", StringComparison.Ordinal).Replace("Table 12", "Table 4", StringComparison.Ordinal);
        Assert.Equal(expected, book.ToString());
        Assert.Equal(4, number);
    }
}
