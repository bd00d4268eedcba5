using Course.Web.Quizzes.Kinds;

namespace Course.Web.Quizzes.Rendering;

/// <summary>
/// The UI strings of quizzes in one language (theme/i18n/&lt;lang&gt;/quiz.yml). A missing key renders as
/// <c>[key]</c> instead of failing, and <see cref="MissingKeys"/> lets the build report it.
/// </summary>
public sealed class QuizStrings(IReadOnlyDictionary<string, string> strings)
{
    // Declared first: static initializers run in order and RequiredKeys includes these.

    /// <summary>Strings quiz.js shows; they travel as <c>data-msg-&lt;key&gt;</c> attributes.</summary>
    public static IReadOnlyList<string> ScriptKeys { get; } =
    [
        "correct", "wrong", "unanswered", "score", "best", "best-short", "last", "not-taken", "restarted",
        "reset-confirm", "reset-done", "reset-all-confirm",
        "progress", "not-answered", "mark-yours-right", "mark-yours-wrong", "mark-right", "counts", "passed", "failed",
        "review-wrong", "review-unanswered", "finish-confirm", "keep-answering", "new-confirm", "cancel", "history-item",
        "finish", "new-attempt", "reset",
    ];

    /// <summary>Every key the quiz and overview pages use, the question kinds' own included.</summary>
    public static IReadOnlyList<string> RequiredKeys { get; } =
    [
        "check", "show-answer", "right-answer", "read", "result", "try-again", "review-title", "retry-missed", "history-title",
        .. QuizKinds.All.SelectMany(kind => kind.StringKeys).Distinct(StringComparer.Ordinal),
        "overview-quiz", "overview-questions", "overview-levels", "overview-best", "overview-history", "overview-empty", "overview-reset",
        .. ScriptKeys,
    ];

    public string this[string key] => strings.TryGetValue(key, out string? value) ? value : $"[{key}]";

    public static IReadOnlyList<string> MissingKeys(IReadOnlyDictionary<string, string> strings) =>
        RequiredKeys.Where(key => !strings.ContainsKey(key)).ToList();

    /// <summary>The <c>data-msg-*</c> attributes for the script, in a fixed order.</summary>
    public string ScriptAttributes() =>
        string.Concat(ScriptKeys.Select(key => $" data-msg-{key}=\"{Html.Escape(this[key])}\""));
}
