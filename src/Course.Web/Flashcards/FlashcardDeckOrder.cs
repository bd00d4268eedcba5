namespace Course.Web.Flashcards;

/// <summary>
/// The order of the cards in a deck, which is also the order new cards are first shown in: what a
/// chapter is about first, side notes last. A chapter's deck starts with its key terms (as its front
/// matter lists them), then the other terms its pages use, the most used first; the course deck holds
/// every entry, the most used first, so an entry no chapter uses (a side note such as DOS) comes last.
/// Ties keep the entries' ids in ordinal order, so the order is the same on every machine.
/// </summary>
public static class FlashcardDeckOrder
{
    /// <param name="keyTerms">Entry ids of the chapter's key terms, in front matter order.</param>
    /// <param name="uses">Entry id → how many of the chapter's pages use it.</param>
    public static IReadOnlyList<string> ForChapter(IEnumerable<string> keyTerms, IReadOnlyDictionary<string, int> uses)
    {
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in keyTerms.Where(seen.Add))
        {
            order.Add(id);
        }

        order.AddRange(ByUse(uses.Keys.Where(id => !seen.Contains(id)), uses));
        return order;
    }

    /// <param name="entries">Every entry id of the language.</param>
    /// <param name="uses">Entry id → how many pages of the course use it (absent: none).</param>
    public static IReadOnlyList<string> ForCourse(IEnumerable<string> entries, IReadOnlyDictionary<string, int> uses) =>
        ByUse(entries.Distinct(StringComparer.Ordinal), uses);

    private static List<string> ByUse(IEnumerable<string> ids, IReadOnlyDictionary<string, int> uses) =>
        [.. ids.OrderByDescending(id => uses.GetValueOrDefault(id)).ThenBy(id => id, StringComparer.Ordinal)];
}
