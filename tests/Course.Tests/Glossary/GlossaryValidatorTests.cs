using Course.Core.Diagnostics;
using Course.Web.Glossary;
using static Course.Tests.Glossary.GlossarySamples;

namespace Course.Tests.Glossary;

public sealed class GlossaryValidatorTests
{
    private static readonly GlossaryFile Kazakh = new("kk", "input/kk/glossary.md",
        [Entry("phishing", "Фишинг") with { Line = 3, Column = 1 }, Entry("offender", "Қылмыскер") with { Line = 6, Column = 1 }]);

    private static readonly GlossaryFile Russian = new("ru", "input/ru/glossary.md",
        [Entry("phishing", "Фишинг", lang: "ru"), Abbr("criminal-code", "УК", lang: "ru") with { Line = 9, Column = 1 }]);

    [Fact]
    public void Warns_about_an_id_missing_from_another_language_naming_both_files()
    {
        IReadOnlyList<Diagnostic> warnings = GlossaryValidator.CheckTranslations([Kazakh, Russian]);

        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.False(w.IsError));
        Assert.Equal(("input/kk/glossary.md", 6, 1), (warnings[0].File, warnings[0].Line, warnings[0].Column));
        Assert.Contains("#offender", warnings[0].Message);
        Assert.Contains("input/ru/glossary.md", warnings[0].Message);
        Assert.Equal(("input/ru/glossary.md", 9), (warnings[1].File, warnings[1].Line));
        Assert.Contains("input/kk/glossary.md", warnings[1].Message);
        Assert.Contains("{#criminal-code .abbr}", warnings[1].Fix);
    }

    [Fact]
    public void Warns_about_each_entry_no_page_uses()
    {
        var usage = new GlossaryUsageCollector();
        usage.Add(new GlossaryUsage("Фишинг туралы", "../concepts/phishing/"), ["phishing"]);
        usage.Add(new GlossaryUsage("Басқа бет", "../other/"), []);

        Diagnostic warning = Assert.Single(GlossaryValidator.CheckUsage(Kazakh, usage.ToMap()));
        Assert.Equal(("input/kk/glossary.md", 6, 1), (warning.File, warning.Line, warning.Column));
        Assert.Contains("'Қылмыскер'", warning.Message);
    }

    [Fact]
    public void Collects_each_page_once_per_entry_in_the_order_added()
    {
        var usage = new GlossaryUsageCollector();
        var first = new GlossaryUsage("Бірінші", "../a/");
        usage.Add(first, ["phishing", "offender"]);
        usage.Add(new GlossaryUsage("Екінші", "../b/"), ["phishing"]);
        usage.Add(first, ["phishing"]);

        Assert.Equal(["../a/", "../b/"], usage.ToMap()["phishing"].Select(u => u.Url));
    }

    [Fact]
    public void Finds_an_entry_by_term_or_alias_ignoring_case()
    {
        var file = new GlossaryFile("kk", "input/kk/glossary.md", [Entry("offender", "Қылмыскер", aliases: "кибер қылмыскер")]);

        Assert.Equal("offender", file.FindByName(" КИБЕР қылмыскер ")?.Id);
        Assert.Null(file.FindByName("фишинг"));
    }
}
