using System.Collections.Concurrent;

namespace Course.Web.Search.Lunr;

/// <summary>
/// Numbers the terms a build's counters make, one number per term text, shared by every counter, field and
/// thread given the table: a section's counts are then arrays of numbers, and <see cref="LunrIndexBuilder"/>
/// posts a term by an array lookup instead of hashing its text. Numbers are handed out in the order threads
/// meet the terms, so they are not deterministic; nothing written depends on them (the builder numbers terms
/// in its own first-seen order). Thread-safe.
/// </summary>
public sealed class LunrTermTable
{
    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private volatile string[] terms = new string[1024];
    private int count;

    /// <summary>How many terms the table has numbered.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The term with number <paramref name="id"/>; always the same string object.</summary>
    public string this[int id] => terms[id];

    /// <summary>The term's number, numbering it when it is new.</summary>
    public int IdOf(string term)
    {
        if (ids.TryGetValue(term, out int id))
        {
            return id;
        }

        lock (gate)
        {
            if (ids.TryGetValue(term, out id))
            {
                return id;
            }

            id = count;
            if (id == terms.Length)
            {
                string[] grown = new string[terms.Length * 2];
                terms.CopyTo(grown, 0);
                terms = grown;
            }

            // The slot is filled before the number is published: a reader given the number finds the term.
            terms[id] = term;
            Volatile.Write(ref count, id + 1);
            ids[term] = id;
            return id;
        }
    }
}
