using Course.Web.Search.Stemming.Kazakh;
using Course.Web.Search.Stemming.Snowball;

namespace Course.Tests.Stemming;

/// <summary>
/// Made-up words that walk every suffix table of both stemmers, so that the twin tests reach every
/// rule even before the course's text arrives.
/// </summary>
internal static class SyntheticWords
{
    private static readonly string[] Odd =
    [
        "", "а", "ddos", "2020", "ip-адрестің", "интернет-банкингтің", "covid-19", "2020-жылғы", "-", "заң--дар",
        "ЗАҢДАР", "пароль", "парольдің", "ёлка", "съезд", "объектілердің", "қызыл-жасыл", "ьь", "ъ",
    ];

    public static IReadOnlyList<string> Kazakh()
    {
        string[] roots =
        [
            .. KazakhGold.Read().Select(row => row.Group).Distinct(),
            "ауыз", "аузы", "халқ", "кітаб", "сала", "ақ", "ү", "оқиға", "кесте", "қазақстан", "пайда", "қорытынды", "үзінді",
            "мазмұн", "ынтымақтас", "жасалған", "мүмкін", "объекті", "банк", "пароль", "тергеу", "жоғары",
            .. KazakhWholeStems.All,
        ];
        string[] endings = ["", .. KazakhSuffixTables.Layers.SelectMany(layer => layer).Select(s => s.Text).Distinct()];
        string[] outers = ["", "лар", .. KazakhSuffixTables.Case.Select(s => s.Text)];
        var words = new SortedSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < roots.Length; r++)
        {
            // Every ending on every root, followed by another ending in turn; all pairs on two roots.
            for (int e = 0; e < endings.Length; e++)
            {
                words.Add(roots[r] + endings[e]);
                if (r < 2)
                {
                    words.UnionWith(outers.Select(outer => roots[r] + endings[e] + outer));
                }
                else
                {
                    words.Add(roots[r] + endings[e] + outers[(r + e) % outers.Length]);
                }
            }
        }

        words.UnionWith(KazakhGold.Read().Select(row => row.Form));
        words.UnionWith(Odd);
        return [.. words];
    }

    public static IReadOnlyList<string> Russian()
    {
        string[] roots =
        [
            "преступлен", "компьютер", "информац", "мошенничеств", "сет", "закон", "ответствен", "бег", "сдела",
            "красив", "дальн", "защит", "потерпевш", "жертв", "ещё", "ё", "кон", "пиш", "делан", "ст", "а", "я", "в",
        ];
        RussianSuffix[][] classes =
        [
            RussianSuffixes.PerfectiveGerund, RussianSuffixes.Adjective, RussianSuffixes.Participle, RussianSuffixes.Reflexive,
            RussianSuffixes.Verb, RussianSuffixes.Noun, RussianSuffixes.Superlative, RussianSuffixes.Derivational,
        ];
        string[] endings = ["", .. classes.SelectMany(c => c).Select(s => s.Text).Distinct()];
        string[] tails = ["", "и", "нн", "ся", "ость", "ейшенн"];
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string root in roots)
        {
            foreach (string ending in endings)
            {
                foreach (string tail in tails)
                {
                    words.Add(root + ending + tail);
                }
            }
        }

        words.UnionWith(Odd);
        return [.. words];
    }
}
