namespace Course.Web.Outline;

/// <summary>The navigation of one language: home, the entries in course order, and the reading order for previous/next.</summary>
public sealed record LanguageOutline(string Lang, OutlinePage Home, IReadOnlyList<NavEntry> Entries, IReadOnlyList<OutlinePage> ReadingOrder, OutlinePage Quizzes)
{
    private Dictionary<string, int>? positions;

    /// <summary>Where a page stands in the reading order (int.MaxValue when it is not in it): lists of pages follow the course.</summary>
    public int PositionOf(string key)
    {
        positions ??= ReadingOrder.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        return positions.TryGetValue(key, out int position) ? position : int.MaxValue;
    }

    /// <summary>The flashcard decks: one per chapter (<c>&lt;chapter&gt;/flashcards</c>), then the whole course's (<c>flashcards</c>); none when the language has no glossary of its own.</summary>
    public IReadOnlyList<OutlinePage> Decks { get; init; } = [];

    public OutlinePage? Find(string key) =>
        key == Home.Key ? Home : key == Quizzes.Key ? Quizzes : ReadingOrder.FirstOrDefault(p => p.Key == key) ?? Decks.FirstOrDefault(p => p.Key == key);
}
