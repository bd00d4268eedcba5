using System.Collections.Concurrent;

namespace Course.Web.Site;

/// <summary>Lines modules add to the build summary (search index sizes); printed in ordinal order.</summary>
public sealed class BuildNotes
{
    private readonly ConcurrentBag<string> lines = [];

    public void Add(string line) => lines.Add(line);

    public IReadOnlyList<string> Lines => lines.Order(StringComparer.Ordinal).ToList();
}
