namespace Course.Web.Search.Lunr;

/// <summary>
/// Token → id for one thread's <see cref="TokenVocabulary"/>, looked up straight from a span of the
/// text: open addressing with FNV-1a. Counting looks up every word of the course, and a general
/// dictionary spent more on its comparer's interface calls than on the words. A slot keeps the token,
/// its hash and its id side by side: a lookup touches one slot, not three arrays.
/// </summary>
internal sealed class TokenTable
{
    private TokenSlot[] slots = new TokenSlot[4096];
    private int count;

    /// <summary>How many slots the table has now (it doubles when half full).</summary>
    public int Capacity => slots.Length;

    public bool TryGet(ReadOnlySpan<char> token, out int id)
    {
        int hash = Hash(token);
        TokenSlot[] table = slots;
        int mask = table.Length - 1;
        for (int slot = hash & mask; table[slot].Key is { } key; slot = (slot + 1) & mask)
        {
            if (table[slot].Hash == hash && token.SequenceEqual(key))
            {
                id = table[slot].Id;
                return true;
            }
        }

        id = -1;
        return false;
    }

    /// <summary>Adds a token that <see cref="TryGet"/> did not find.</summary>
    public void Add(string token, int id)
    {
        if ((count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        Insert(slots, new TokenSlot(token, Hash(token), id));
        count++;
    }

    private static void Insert(TokenSlot[] table, TokenSlot entry)
    {
        int mask = table.Length - 1;
        int slot = entry.Hash & mask;
        while (table[slot].Key is not null)
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
            if (entry.Key is not null)
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
