namespace Course.Tests.Search;

/// <summary>Documents for the lunr.js compatibility tests: Kazakh, Russian and Latin text, several fields, boosts, awkward refs.</summary>
internal static class CompatibilityCorpus
{
    public static readonly (string Name, double Boost)[] Fields = [("title", 10), ("heading", 5), ("body", 1), ("folded", 0.5)];

    public static readonly CorpusDocument[] Documents =
    [
        new("a", 1, "Киберқылмыстың криминологиясы", "Кіріспе",
            "Киберқылмыс – ақпараттық-телекоммуникациялық желілерді пайдалана отырып жасалатын қылмыстық құқық бұзушылық. Қылмыстардың саны интернет арқылы өсуде."),
        new("10", 1, "Қылмыскердің портреті", "Қылмыскердің жасы",
            "Қылмыскерлердің көпшілігі жас адамдар және жоғары білімі бар мамандар. Хакерлер мен алаяқтар интернет желісінде."),
        new("2", 2, "Жәбірленуші", "Виктимология",
            "Жәбірленушілер жиі алаяқтардың құрбаны болады; интернет: құрбан болу қаупі – виктимология пәні."),
        new("ru/1", 1, "Криминология киберпреступности", "Введение",
            "Компьютерная преступность и интернет-мошенничество: причины преступности, личность преступника, жертвы."),
        new("x", 1, "Foreign law", "Germany and France",
            "The criminal code of Germany; computer fraud, phishing and hacking offences. Testing tested tests."),
        new("0", 1, "Интерпол", "",
            "Интерпол және ТМД елдері: халықаралық ынтымақтастық. «Киберқалқан» — 2020 жылғы тұжырымдама, интернет."),
        new("empty", 1, "", "", ""),
        new("b", 0.5, "Фишинг", "Алдын алу",
            "Фишинг пен алаяқтық: алдын алу шаралары, ІІМ ұсыныстары. Phishing, phishing, phishing!"),
    ];

    public static readonly string[] Queries =
    [
        "қылмыс", "қылмыстардың", "кылмыскер", "алаяқ*", "жәбірленуші", "title:фишинг", "heading:виктимология",
        "+фишинг -алдын", "phishing^10 germany", "intrpol~2", "интерпол", "преступности", "*логия",
        "folded:кылмыскерлердин", "folded:жабирленуши~1", "testing", "2020", "ру*", "және", "интернет",
    ];

    public sealed record CorpusDocument(string Ref, double Boost, string Title, string Heading, string Body)
    {
        public string Folded => $"{Title} {Heading} {Body}";

        public IReadOnlyDictionary<string, string?> FieldTexts => new Dictionary<string, string?>
        {
            ["title"] = Title,
            ["heading"] = Heading,
            ["body"] = Body,
            ["folded"] = Folded,
        };
    }
}
