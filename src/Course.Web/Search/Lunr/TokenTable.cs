namespace Course.Web.Search.Lunr;

/// <summary>
/// Token → id for one thread's <see cref="TokenVocabulary"/>, looked up straight from a span of the
/// text: open addressing with FNV-1a. Counting looks up every word of the course, and a general
/// dictionary spent more on its comparer's interface calls than on the words.
/// </summary>
internal sealed class TokenTable
{
    private string?[] keys = new string?[4096];
    private int[] ids = new int[4096];
    private int[] hashes = new int[4096];
    private int count;

    public bool TryGet(ReadOnlySpan<char> token, out int id)
    {
        int hash = Hash(token);
        int mask = keys.Length - 1;
        for (int slot = hash & mask; keys[slot] is { } key; slot = (slot + 1) & mask)
        {
            if (hashes[slot] == hash && token.SequenceEqual(key))
            {
                id = ids[slot];
                return true;
            }
        }

        id = -1;
        return false;
    }

    /// <summary>Adds a token that <see cref="TryGet"/> did not find.</summary>
    public void Add(string token, int id)
    {
        if ((count + 1) * 2 > keys.Length)
        {
            Grow();
        }

        Insert(token, id, Hash(token));
        count++;
    }

    private void Insert(string token, int id, int hash)
    {
        int mask = keys.Length - 1;
        int slot = hash & mask;
        while (keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        keys[slot] = token;
        ids[slot] = id;
        hashes[slot] = hash;
    }

    private void Grow()
    {
        string?[] oldKeys = keys;
        int[] oldIds = ids;
        int[] oldHashes = hashes;
        keys = new string?[oldKeys.Length * 2];
        ids = new int[oldKeys.Length * 2];
        hashes = new int[oldKeys.Length * 2];
        for (int i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] is { } key)
            {
                Insert(key, oldIds[i], oldHashes[i]);
            }
        }
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
