using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Course.Web.Site;

/// <summary>
/// The names a page's address may be made of (lowercase Latin letters, digits, single hyphens: docs/authoring.md),
/// and a name suggested for one that is not: Kazakh and Russian letters written in Latin ones, so
/// "жаңа бет (1)" suggests "zhana-bet-1" rather than "1".
/// </summary>
public static partial class AddressSlug
{
    // One Latin spelling per Cyrillic letter of Kazakh and Russian; a hint for a file name, not a standard.
    private static readonly FrozenDictionary<char, string> Latin = new Dictionary<char, string>
    {
        ['а'] = "a", ['ә'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ғ'] = "g", ['д'] = "d", ['е'] = "e",
        ['ё'] = "yo", ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['й'] = "y", ['і'] = "i", ['к'] = "k", ['қ'] = "q",
        ['л'] = "l", ['м'] = "m", ['н'] = "n", ['ң'] = "n", ['о'] = "o", ['ө'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ұ'] = "u", ['ү'] = "u", ['ф'] = "f", ['х'] = "kh", ['һ'] = "h",
        ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e",
        ['ю'] = "yu", ['я'] = "ya",
    }.ToFrozenDictionary();

    public static bool IsValid(string name) => Valid().IsMatch(name);

    /// <summary>A valid name close to <paramref name="name"/>: Cyrillic written in Latin, accents dropped, anything else a hyphen.</summary>
    public static string Suggest(string name)
    {
        var latin = new StringBuilder(name.Length);
        foreach (char c in name.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (Latin.TryGetValue(c, out string? letters))
            {
                latin.Append(letters);
                continue;
            }

            foreach (char part in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                {
                    latin.Append(part);
                }
            }
        }

        string slug = NotValid().Replace(latin.ToString(), "-").Trim('-');
        return slug.Length > 0 ? slug : "page";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Valid();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotValid();
}
