namespace Course.Web.Search.Stemming.Kazakh;

/// <summary>
/// The suffix layers, stripped right to left in this order (a Kazakh noun stacks them the other
/// way: root, derivation, plural, possessive, case, predicate). Each table is longest first.
/// theme/assets/js/stemmer-kk.js holds the same tables.
/// </summary>
internal static class KazakhSuffixTables
{
    private const SuffixContext Any = SuffixContext.Any;
    private const SuffixContext V = SuffixContext.Vowel;
    private const SuffixContext C = SuffixContext.Consonant;
    private const SuffixContext VC = SuffixContext.VoicedConsonant;
    private const SuffixContext VL = SuffixContext.Voiceless;
    private const SuffixContext VD = SuffixContext.Voiced;
    private const SuffixContext L = SuffixContext.AfterL;
    private const SuffixContext N = SuffixContext.Nasal;
    private const SuffixContext P3 = SuffixContext.ThirdPersonPossessive;

    /// <summary>Personal predicate endings (-мыз "we are"); -мын/-мін would eat шешім-і-н.</summary>
    public static readonly KazakhSuffix[] Predicate =
    [
        new("мыз", V), new("міз", V), new("быз", VC), new("біз", VC), new("пыз", VL), new("піз", VL),
    ];

    /// <summary>Case endings, including the relative -дағы and the forms after a possessive (-нда, -на, -н).</summary>
    public static readonly KazakhSuffix[] Case =
    [
        new("ндағы", P3), new("ндегі", P3),
        new("дағы", VD), new("дегі", VD), new("тағы", VL), new("тегі", VL),
        new("ның", N), new("нің", N), new("дың", VC), new("дің", VC), new("тың", VL), new("тің", VL),
        new("нда", P3), new("нде", P3), new("нан", N), new("нен", N),
        new("дан", VD), new("ден", VD), new("тан", VL), new("тен", VL),
        new("мен", VD, IgnoresHarmony: true), new("бен", VC, IgnoresHarmony: true), new("пен", VL, IgnoresHarmony: true),
        new("ны", V), new("ні", V), new("ды", VC), new("ді", VC), new("ты", VL), new("ті", VL),
        new("ға", VD), new("ге", VD), new("қа", VL), new("ке", VL), new("на", P3), new("не", P3),
        new("да", VD), new("де", VD), new("та", VL), new("те", VL),
        new("н", P3),
    ];

    /// <summary>
    /// Endings in ы/і: the derivational -шы, -ғы, -қы that look like a possessive come first
    /// (басшы → бас, not басш), then the 3rd-person possessive itself.
    /// </summary>
    public static readonly KazakhSuffix[] FinalVowel =
    [
        new("шы", Any), new("ші", Any), new("ғы", VC), new("гі", VC), new("қы", VL), new("кі", VL),
        new("ы", C, IgnoresHarmony: true), new("і", C, IgnoresHarmony: true),
    ];

    public static readonly KazakhSuffix[] Possessive =
    [
        new("ымыз", C), new("іміз", C), new("ыңыз", C), new("іңіз", C),
        new("мыз", V), new("міз", V), new("ңыз", V), new("ңіз", V),
        .. FinalVowel,
    ];

    public static readonly KazakhSuffix[] Plural =
    [
        new("лар", L), new("лер", L), new("дар", VC), new("дер", VC), new("тар", VL), new("тер", VL),
    ];

    /// <summary>-лық (алаяқтық → алаяқ), -шылық, -шы, -ғы/-қы and the relative -дағы before a plural.</summary>
    public static readonly KazakhSuffix[] Derivational =
    [
        new("шылық", Any), new("шілік", Any),
        new("дағы", VD), new("дегі", VD), new("тағы", VL), new("тегі", VL),
        new("лық", L), new("лік", L), new("дық", VC), new("дік", VC), new("тық", VL), new("тік", VL),
        .. FinalVowel[..6],
    ];

    public static readonly KazakhSuffix[][] Layers = [Predicate, Case, Possessive, Plural, Derivational];

    /// <summary>
    /// The ablative, dative and locative endings, taken off every final stem because the layers also
    /// take them off a bare noun that merely ends like them (оқиға → оқи, so оқиғалар → оқиға → оқи).
    /// </summary>
    public static readonly KazakhSuffix[] StemFinalCase =
    [
        new("нан", N), new("нен", N), new("дан", VD), new("ден", VD), new("тан", VL), new("тен", VL),
        new("ға", VD), new("ге", VD), new("қа", VL), new("ке", VL), new("да", VD), new("де", VD), new("та", VL), new("те", VL),
    ];
}
