using System.Globalization;

namespace Course.Web.Search.Lunr;

/// <summary>
/// The order in which JavaScript enumerates an object's keys: array-index keys ("0", "17") first in
/// ascending numeric order, then the other keys in insertion order. lunr.js serializes objects this
/// way, so refs such as "10" and "a" must be written in the same order to get identical bytes.
/// </summary>
public static class JsObjectKeys
{
    public static IReadOnlyList<string> Order(IReadOnlyList<string> keysInInsertionOrder)
    {
        if (!keysInInsertionOrder.Any(IsArrayIndex))
        {
            return keysInInsertionOrder;
        }

        IEnumerable<string> indices = keysInInsertionOrder.Where(IsArrayIndex)
            .OrderBy(k => uint.Parse(k, CultureInfo.InvariantCulture));
        return indices.Concat(keysInInsertionOrder.Where(k => !IsArrayIndex(k))).ToArray();
    }

    /// <summary>A canonical unsigned integer below 2^32 - 1, as ECMAScript defines array indices.</summary>
    public static bool IsArrayIndex(string key)
    {
        if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        foreach (char c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return ulong.Parse(key, CultureInfo.InvariantCulture) < uint.MaxValue;
    }
}
