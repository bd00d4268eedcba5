namespace Course.Web.Search.Stemming.Snowball;

/// <summary>
/// The suffix classes of the Snowball Russian algorithm (snowballstem.org/algorithms/russian),
/// as lunr-languages' lunr.ru.js applies them. Within a class the longest suffix that lies in RV wins.
/// </summary>
internal static class RussianSuffixes
{
    public static readonly RussianSuffix[] PerfectiveGerund =
    [
        new("в", true), new("вши", true), new("вшись", true),
        new("ив"), new("ыв"), new("ивши"), new("ывши"), new("ившись"), new("ывшись"),
    ];

    public static readonly RussianSuffix[] Adjective = Plain(
        "ее", "ие", "ое", "ые", "ими", "ыми", "ей", "ий", "ой", "ый", "ем", "им", "ом", "ым",
        "его", "ого", "ему", "ому", "их", "ых", "ею", "ою", "ую", "юю", "ая", "яя");

    public static readonly RussianSuffix[] Participle =
    [
        new("ем", true), new("нн", true), new("вш", true), new("ющ", true), new("щ", true),
        new("ивш"), new("ывш"), new("ующ"),
    ];

    public static readonly RussianSuffix[] Reflexive = Plain("ся", "сь");

    public static readonly RussianSuffix[] Verb =
    [
        .. Group1("ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"),
        .. Plain(
            "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен",
            "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю"),
    ];

    public static readonly RussianSuffix[] Noun = Plain(
        "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й",
        "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я");

    public static readonly RussianSuffix[] Superlative = Plain("ейш", "ейше");

    public static readonly RussianSuffix[] Derivational = Plain("ост", "ость");

    private static RussianSuffix[] Plain(params string[] suffixes) => [.. suffixes.Select(s => new RussianSuffix(s))];

    private static RussianSuffix[] Group1(params string[] suffixes) => [.. suffixes.Select(s => new RussianSuffix(s, true))];
}
