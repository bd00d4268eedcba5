using System.Collections.Concurrent;
using System.Text;

namespace Course.Core.Text;

/// <summary>
/// Builders for large texts (a page's HTML), reused within one build: a returned builder keeps the capacity
/// of the biggest page it held, so pages do not each grow a new builder chunk by chunk (large allocations).
/// Owned by whoever creates it (a module, the templates of one build); safe for parallel and nested use.
/// </summary>
public sealed class StringBuilderPool(int initialCapacity = 64 * 1024)
{
    private readonly ConcurrentBag<StringBuilder> free = [];

    /// <summary>Lends an empty builder to <paramref name="use"/>, which must not keep it: it is reused once this returns.</summary>
    public T Use<T>(Func<StringBuilder, T> use)
    {
        StringBuilder builder = free.TryTake(out StringBuilder? reused) ? reused.Clear() : new StringBuilder(initialCapacity);
        try
        {
            return use(builder);
        }
        finally
        {
            free.Add(builder);
        }
    }
}
