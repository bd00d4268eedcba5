using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Course.Tests.Stemming;
using Course.Tests.Support;
using Course.Web.Search.Lunr;
using Jint;

namespace Course.Tests.Search;

/// <summary>
/// The browser's <c>trimWord</c> (theme JS, run in Jint) and <see cref="UnicodeTrimmer"/> trim the same:
/// the query side and the index side must agree on where a word starts and ends.
/// </summary>
public sealed partial class TrimWordTwinTests
{
    [Fact]
    public void TrimWordAndUnicodeTrimmerAgreeOnManyStrings()
    {
        Engine engine = new();
        engine.Execute(TrimWordSource() + "\nvar unicodeRegExps = (function () { try { new RegExp('\\\\p{L}', 'u'); return true; } catch (e) { return false; } })();");
        Assert.True(engine.Evaluate("unicodeRegExps").AsBoolean(), "Jint must run the \\p{…} branch the browsers run, not the fallback");
        string[] samples = [.. Samples()];

        // UTF-16 code units both ways: JSON would turn the lone surrogates among the samples into U+FFFD
        string codes = JsonSerializer.Serialize(samples.Select(s => s.Select(c => (int)c)));
        int[][] trimmed = JsonSerializer.Deserialize<int[][]>(engine.Evaluate(
            $"JSON.stringify({codes}.map(function (units) {{ var w = trimWord(String.fromCharCode.apply(null, units)), out = []; for (var i = 0; i < w.length; i++) out.push(w.charCodeAt(i)); return out; }}))").AsString())!;
        string[] js = [.. trimmed.Select(units => new string([.. units.Select(u => (char)u)]))];

        string[] differences = [.. samples.Select((s, i) => (s, cs: UnicodeTrimmer.Trim(s), js: js[i]))
            .Where(r => r.cs != r.js)
            .Select(r => $"{Escape(r.s)}: C# {Escape(r.cs)}, JS {Escape(r.js)}")];
        Assert.True(samples.Length > 10_000, $"{samples.Length} samples");
        Assert.True(differences.Length == 0, $"{differences.Length} differ:\n" + string.Join("\n", differences.Take(40)));
    }

    /// <summary>The definition of <c>trimWord</c> in the theme's scripts, wherever it lives.</summary>
    private static string TrimWordSource()
    {
        foreach (string file in Directory.EnumerateFiles(Repo.ThemeFile("assets", "js"), "*.js").Order(StringComparer.Ordinal))
        {
            Match match = TrimWordDefinition().Match(File.ReadAllText(file));
            if (match.Success)
            {
                return match.Value;
            }
        }

        Assert.Fail("No 'var trimWord = (function () { … })();' in theme/assets/js.");
        return string.Empty;
    }

    // Words of the course and the source with punctuation, digits, marks and symbols around and inside them.
    private static IEnumerable<string> Samples()
    {
        string[] edges = ["", "«", "»", "(", ")", "\"", "'", "-", "–", "—", ".", ",", "…", "!?", "№", "%", "2014", "§", "*", "_", "\u00A0", "\u200B", "\u0301", "²", "½", "Ⅻ", "٣", "🙂", "𝐀", "\uD800", "ʼ", "·", "[", "]", "/", "\\"];
        var random = new Random(18);
        string[] words = [.. CourseWords.FromInput().Concat(CourseWords.FromSeed()).Distinct(StringComparer.Ordinal)];
        foreach (string word in words)
        {
            yield return word;
            yield return edges[random.Next(edges.Length)] + word + edges[random.Next(edges.Length)];
        }

        foreach (string left in edges)
        {
            foreach (string right in edges)
            {
                yield return left + "сөз" + right;
                yield return left + right;
                yield return left + "a" + left + right + "b" + right;
            }
        }

        // BMP characters alone and around a letter; not surrogates (no text on their own) and not code points
        // unassigned in .NET's Unicode tables: Jint's regular expressions know newer ones (U+1AE0 is a mark there)
        for (int c = 0; c <= 0xFFFF; c += random.Next(1, 40))
        {
            if (char.IsSurrogate((char)c) || char.GetUnicodeCategory((char)c) == System.Globalization.UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            string s = ((char)c).ToString();
            yield return s;
            yield return s + "ж" + s;
        }
    }

    private static string Escape(string s)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in s)
        {
            builder.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.Append('"').ToString();
    }

    [GeneratedRegex(@"var trimWord = \(function \(\) \{.*?\n  \}\)\(\);", RegexOptions.Singleline)]
    private static partial Regex TrimWordDefinition();
}
