namespace Course.Web.Search.Stemming.Kazakh;

/// <summary>
/// Whole stems that end like a suffix, or like another stem plus a suffix (ағаш-ы is not аға-шы,
/// жақын is not жақ-ы-н, желі is not жел-і): the stemmer stops at them. Spelling alone cannot tell
/// these apart, so they are listed (tests/Course.Tests/Stemming/kazakh-must-not-merge.tsv holds the
/// pairs they keep apart). theme/assets/js/stemmer-kk.js holds the same list.
/// </summary>
internal static class KazakhWholeStems
{
    private static readonly HashSet<string> Words = new(
    [
        "апта", "ағаш", "ағын", "ақы", "ақын", "барлық", "басқа", "бұрын", "бұрыс", "дауыс", "дәрі", "дәріс",
        "егін", "екі", "ескі", "жалған", "жарлық", "жарыс", "жақын", "желі", "жеті", "жетістік", "жолдас",
        "кесте", "кіріс", "мәселен", "ойын", "орын", "орыс", "пайда", "почта", "пошта", "сабын", "сайын",
        "салдар", "саты", "сауда", "табын", "тағы", "тақта", "тегін", "теріс", "теңге", "тұлға", "тұрмыс",
        "тұрғы", "тұрғын", "шағын", "шығын", "шығыс", "қазан", "қазына", "қайшы", "қайын", "қорытынды",
        "үзінді", "ұрлық", "ұры", "ұялы",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The list in ordinal order, for the twin test.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Words.Order(StringComparer.Ordinal)];

    public static bool Contains(ReadOnlySpan<char> stem) => Lookup.Contains(stem);
}
