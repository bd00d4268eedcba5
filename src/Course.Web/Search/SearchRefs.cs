using System.Text;

namespace Course.Web.Search;

/// <summary>Short document refs: the ordinal in base 36 ("0" … "z", "10" …).</summary>
public static class SearchRefs
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string FromOrdinal(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        StringBuilder text = new();
        do
        {
            text.Insert(0, Digits[ordinal % 36]);
            ordinal /= 36;
        }
        while (ordinal > 0);

        return text.ToString();
    }
}
