using System.Security.Cryptography;
using System.Text;

namespace Course.Web.Translations;

/// <summary>
/// The version of a source page a translation records: a short hash of the source file's text
/// without its own front matter keys that do not change meaning (none today: the whole file).
/// </summary>
public static class TranslationHash
{
    public static string Of(string sourceText)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(sourceText.Replace("\r\n", "\n")));
        return Convert.ToHexStringLower(hash)[..12];
    }
}
