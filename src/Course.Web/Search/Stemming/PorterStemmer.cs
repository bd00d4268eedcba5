using System.Text.RegularExpressions;

namespace Course.Web.Search.Stemming;

/// <summary>
/// lunr.js 2.3.9's English stemmer (<c>lunr.stemmer</c>, Martin Porter's algorithm as in
/// tartarus.org's JavaScript version), ported rule for rule with the same regular expressions so it
/// returns lunr's stem for every word (twin-tested against lunr.js in Jint).
/// </summary>
public sealed class PorterStemmer : IStemmer
{
    private const string Consonant = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string ConsonantSequence = Consonant + "[^aeiouy]*";
    private const string VowelSequence = Vowel + "[aeiou]*";

    private static readonly Dictionary<string, string> Step2Suffixes = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize", ["bli"] = "ble",
        ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous", ["ization"] = "ize", ["ation"] = "ate",
        ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive", ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al",
        ["iviti"] = "ive", ["biliti"] = "ble", ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Suffixes = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    private static readonly Regex MeasureAbove0 = Make("^(" + ConsonantSequence + ")?" + VowelSequence + ConsonantSequence);
    private static readonly Regex MeasureIs1 = Make("^(" + ConsonantSequence + ")?" + VowelSequence + ConsonantSequence + "(" + VowelSequence + ")?$");
    private static readonly Regex MeasureAbove1 = Make("^(" + ConsonantSequence + ")?" + VowelSequence + ConsonantSequence + VowelSequence + ConsonantSequence);
    private static readonly Regex HasVowel = Make("^(" + ConsonantSequence + ")?" + Vowel);
    private static readonly Regex Step1a = Make("^(.+?)(ss|i)es$");
    private static readonly Regex Step1aS = Make("^(.+?)([^s])s$");
    private static readonly Regex Step1bEed = Make("^(.+?)eed$");
    private static readonly Regex Step1bEdIng = Make("^(.+?)(ed|ing)$");
    private static readonly Regex LastLetter = Make(".$");
    private static readonly Regex AtBlIz = Make("(at|bl|iz)$");
    private static readonly Regex DoubleConsonant = Make("([^aeiouylsz])\\1$");
    private static readonly Regex ConsonantVowelConsonant = Make("^" + ConsonantSequence + Vowel + "[^aeiouwxy]$");
    private static readonly Regex Step1c = Make("^(.+?[^aeiou])y$");
    private static readonly Regex Step2 = Make("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static readonly Regex Step3 = Make("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
    private static readonly Regex Step4 = Make("^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
    private static readonly Regex Step4Ion = Make("^(.+?)(s|t)(ion)$");
    private static readonly Regex Step5 = Make("^(.+?)e$");
    private static readonly Regex DoubleL = Make("ll$");

    public static PorterStemmer Instance { get; } = new();

    private PorterStemmer()
    {
    }

    public string Stem(string word)
    {
        string w = word;
        if (w.Length < 3)
        {
            return w;
        }

        bool initialY = w[0] == 'y';
        if (initialY)
        {
            w = "Y" + w[1..];
        }

        if (Step1a.IsMatch(w))
        {
            w = Step1a.Replace(w, "$1$2");
        }
        else if (Step1aS.IsMatch(w))
        {
            w = Step1aS.Replace(w, "$1$2");
        }

        if (Step1bEed.Match(w) is { Success: true } eed)
        {
            if (MeasureAbove0.IsMatch(eed.Groups[1].Value))
            {
                w = LastLetter.Replace(w, string.Empty);
            }
        }
        else if (Step1bEdIng.Match(w) is { Success: true } edIng)
        {
            string stem = edIng.Groups[1].Value;
            if (HasVowel.IsMatch(stem))
            {
                w = stem;
                if (AtBlIz.IsMatch(w))
                {
                    w += "e";
                }
                else if (DoubleConsonant.IsMatch(w))
                {
                    w = LastLetter.Replace(w, string.Empty);
                }
                else if (ConsonantVowelConsonant.IsMatch(w))
                {
                    w += "e";
                }
            }
        }

        if (Step1c.Match(w) is { Success: true } y)
        {
            w = y.Groups[1].Value + "i";
        }

        if (Step2.Match(w) is { Success: true } step2 && MeasureAbove0.IsMatch(step2.Groups[1].Value))
        {
            w = step2.Groups[1].Value + Step2Suffixes[step2.Groups[2].Value];
        }

        if (Step3.Match(w) is { Success: true } step3 && MeasureAbove0.IsMatch(step3.Groups[1].Value))
        {
            w = step3.Groups[1].Value + Step3Suffixes[step3.Groups[2].Value];
        }

        if (Step4.Match(w) is { Success: true } step4)
        {
            if (MeasureAbove1.IsMatch(step4.Groups[1].Value))
            {
                w = step4.Groups[1].Value;
            }
        }
        else if (Step4Ion.Match(w) is { Success: true } ion)
        {
            string stem = ion.Groups[1].Value + ion.Groups[2].Value;
            if (MeasureAbove1.IsMatch(stem))
            {
                w = stem;
            }
        }

        if (Step5.Match(w) is { Success: true } step5)
        {
            string stem = step5.Groups[1].Value;
            if (MeasureAbove1.IsMatch(stem) || (MeasureIs1.IsMatch(stem) && !ConsonantVowelConsonant.IsMatch(stem)))
            {
                w = stem;
            }
        }

        if (DoubleL.IsMatch(w) && MeasureAbove1.IsMatch(w))
        {
            w = LastLetter.Replace(w, string.Empty);
        }

        return initialY ? "y" + w[1..] : w;
    }

    // JavaScript's RegExp semantics for these patterns: '.' is any character but line breaks, classes are literal.
    private static Regex Make(string pattern) => new(pattern, RegexOptions.ECMAScript);
}
