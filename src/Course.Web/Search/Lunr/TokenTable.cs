namespace Course.Web.Search.Lunr;

/// <summary>
/// Token → id for one thread's <see cref="TokenVocabulary"/>, looked up straight from a span of the
/// text: open addressing with FNV-1a. Counting looks up every word of the course, and a general
/// dictionary spent more on its comparer's interface calls than on the words. The lookups wait on memory,
/// not on arithmetic, so a slot keeps the token's hash, id, length and, for short tokens, the token itself
/// side by side (<see cref="TokenSlot"/>): most lookups touch one slot and no string.
/// </summary>
internal sealed class TokenTable
{
    private TokenSlot[] slots = new TokenSlot[4096];
    private string[] keys = new string[1024];
    private int count;

    /// <summary>How many slots the table has now (it doubles when half full).</summary>
    public int Capacity => slots.Length;

    public bool TryGet(ReadOnlySpan<char> token, out int id)
    {
        int hash = Hash(token);
        int length = Math.Min(token.Length, TokenSlot.LongLength);
        TokenSlot[] table = slots;
        int mask = table.Length - 1;
        for (int slot = hash & mask; table[slot].Length != 0; slot = (slot + 1) & mask)
        {
            ref TokenSlot entry = ref table[slot];
            if (entry.Hash == hash && entry.Length == length && Matches(ref entry, token))
            {
                id = entry.Id;
                return true;
            }
        }

        id = -1;
        return false;
    }

    /// <summary>Adds a token (not empty) that <see cref="TryGet"/> did not find, with a non-negative id.</summary>
    public void Add(string token, int id)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        if ((count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        if (id >= keys.Length)
        {
            Array.Resize(ref keys, Math.Max(keys.Length * 2, id + 1));
        }

        keys[id] = token;
        TokenSlot entry = new() { Hash = Hash(token), Id = id, Length = (ushort)Math.Min(token.Length, TokenSlot.LongLength) };
        token.AsSpan(0, Math.Min(token.Length, TokenSlot.InlineLength)).CopyTo(entry.Characters);
        Insert(slots, entry);
        count++;
    }

    // Lengths are already equal (or both capped): a short token is all in the slot, a long one in its string.
    private bool Matches(ref TokenSlot entry, ReadOnlySpan<char> token) =>
        token.Length <= TokenSlot.InlineLength
            ? token.SequenceEqual(((ReadOnlySpan<char>)entry.Characters)[..token.Length])
            : token.SequenceEqual(keys[entry.Id]);

    private static void Insert(TokenSlot[] table, TokenSlot entry)
    {
        int mask = table.Length - 1;
        int slot = entry.Hash & mask;
        while (table[slot].Length != 0)
        {
            slot = (slot + 1) & mask;
        }

        table[slot] = entry;
    }

    private void Grow()
    {
        TokenSlot[] grown = new TokenSlot[slots.Length * 2];
        foreach (TokenSlot entry in slots)
        {
            if (entry.Length != 0)
            {
                Insert(grown, entry);
            }
        }

        slots = grown;
    }

    private static int Hash(ReadOnlySpan<char> token)
    {
        uint hash = 2166136261;
        foreach (char c in token)
        {
            hash = (hash ^ c) * 16777619;
        }

        // FNV's low bits mix poorly for short keys: fold the high half in before masking.
        return (int)(hash ^ (hash >> 15));
    }
}
