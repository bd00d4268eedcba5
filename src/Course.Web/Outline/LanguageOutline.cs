namespace Course.Web.Outline;

/// <summary>The navigation of one language: home, the entries in course order, and the reading order for previous/next.</summary>
public sealed record LanguageOutline(string Lang, OutlinePage Home, IReadOnlyList<NavEntry> Entries, IReadOnlyList<OutlinePage> ReadingOrder, OutlinePage Quizzes)
{
    public OutlinePage? Find(string key) =>
        key == Home.Key ? Home : key == Quizzes.Key ? Quizzes : ReadingOrder.FirstOrDefault(p => p.Key == key);
}
