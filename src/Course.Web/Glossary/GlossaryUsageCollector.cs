namespace Course.Web.Glossary;

/// <summary>
/// Gathers, page by page, which entries each page uses into the map the glossary page and
/// <see cref="GlossaryValidator.CheckUsage"/> take. Add pages in reading order; not thread-safe.
/// </summary>
public sealed class GlossaryUsageCollector
{
    private readonly Dictionary<string, List<GlossaryUsage>> usage = new(StringComparer.Ordinal);

    /// <param name="page">The page's title and its URL relative to the glossary page.</param>
    /// <param name="entryIds">The ids the page links to, e.g. <c>document.GetGlossaryLinks().Ids</c>.</param>
    public void Add(GlossaryUsage page, IEnumerable<string> entryIds)
    {
        foreach (string id in entryIds)
        {
            if (!usage.TryGetValue(id, out List<GlossaryUsage>? pages))
            {
                usage[id] = pages = [];
            }

            if (!pages.Contains(page))
            {
                pages.Add(page);
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<GlossaryUsage>> ToMap() =>
        usage.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<GlossaryUsage>)pair.Value.ToList(), StringComparer.Ordinal);
}
