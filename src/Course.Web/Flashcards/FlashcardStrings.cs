using Course.Web.Quizzes.Rendering;

namespace Course.Web.Flashcards;

/// <summary>
/// The UI strings of the flashcard pages in one language (theme/i18n/&lt;lang&gt;/flashcards.yml). A missing
/// key renders as <c>[key]</c>; <see cref="MissingKeys"/> lets a test report it.
/// </summary>
public sealed class FlashcardStrings(IReadOnlyDictionary<string, string> strings)
{
    /// <summary>Strings flashcards.js shows; they travel as <c>data-msg-&lt;key&gt;</c> attributes (without the prefix).</summary>
    public static IReadOnlyList<string> ScriptKeys { get; } =
    [
        "show", "hide", "position", "summary", "nothing-due", "next-due", "reset-confirm", "reset", "cancel", "reset-done", "knew-said", "missed-said",
    ];

    /// <summary>Every key the flashcard pages and their links use.</summary>
    public static IReadOnlyList<string> RequiredKeys { get; } =
    [
        "title", "course-title", "chapter-title", "description", "intro", "keys", "knew", "missed", "summary-title", "again",
        "list-title", "in-glossary", "empty", "study-chapter", "glossary-link", "chapter-decks",
        .. ScriptKeys,
    ];

    public const string Prefix = "flashcards.";

    public string this[string key] => strings.TryGetValue(Prefix + key, out string? value) ? value : $"[{Prefix}{key}]";

    public static IReadOnlyList<string> MissingKeys(IReadOnlyDictionary<string, string> strings) =>
        [.. RequiredKeys.Where(key => !strings.ContainsKey(Prefix + key)).Select(key => Prefix + key)];

    /// <summary>The <c>data-msg-*</c> attributes for the script, in a fixed order.</summary>
    public string ScriptAttributes() =>
        string.Concat(ScriptKeys.Select(key => $" data-msg-{key}=\"{Html.Escape(this[key])}\""));
}
