namespace Course.Web.Search.Lunr;

/// <summary>
/// The order in which JavaScript enumerates an object's keys: array-index keys ("0", "17") first in
/// ascending numeric order, then the other keys in insertion order. lunr.js serializes objects this
/// way, so refs such as "10" and "a" must be written in the same order to get identical bytes.
/// </summary>
public static class JsObjectKeys
{
    /// <summary>
    /// Called for every posting of an index, so it sorts only when it must: the base-36 refs of the course's
    /// sections, added in order, have their all-digit refs in numeric order already.
    /// </summary>
    public static IReadOnlyList<string> Order(IReadOnlyList<string> keysInInsertionOrder)
    {
        List<(uint Index, string Key)> indices = [];
        List<string> others = [];
        bool increasing = true;
        foreach (string key in keysInInsertionOrder)
        {
            if (!TryArrayIndex(key, out uint index))
            {
                others.Add(key);
                continue;
            }

            increasing &= indices.Count == 0 || indices[^1].Index < index;
            indices.Add((index, key));
        }

        if (indices.Count == 0 || (others.Count == 0 && increasing))
        {
            return keysInInsertionOrder;
        }

        if (!increasing)
        {
            indices.Sort((a, b) => a.Index.CompareTo(b.Index));
        }

        return [.. indices.Select(x => x.Key), .. others];
    }

    /// <summary>A canonical unsigned integer below 2^32 - 1, as ECMAScript defines array indices.</summary>
    public static bool IsArrayIndex(string key) => TryArrayIndex(key, out _);

    private static bool TryArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong value = 0;
        foreach (char c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (uint)(c - '0');
        }

        index = (uint)value;
        return value < uint.MaxValue;
    }
}
