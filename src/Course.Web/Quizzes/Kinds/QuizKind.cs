using Course.Web.Editor;
using Course.Web.Quizzes.Parsing;
using Course.Web.Quizzes.Rendering;

namespace Course.Web.Quizzes.Kinds;

/// <summary>
/// Everything the generator knows about one kind of question, in one class: its name in the banks
/// and the HTML, the key that holds its answer, how that answer is read and checked, the answer key
/// the browser grades with, its controls, its part of the "Show answer" disclosure and its hint.
/// The kinds are listed in <see cref="QuizKinds"/>; their browser half is the kind's entry in the
/// <c>KINDS</c> table of theme/assets/js/quiz.js (docs/architecture.md lists what to touch).
/// </summary>
public abstract class QuizKind
{
    /// <summary>The lowercase name written as <c>type:</c> in a bank and as <c>data-type</c> in the HTML.</summary>
    public abstract string Name { get; }

    /// <summary>The bank key that holds this kind's answer (<c>options</c>, <c>answer</c>, …).</summary>
    public abstract string AnswerKey { get; }

    /// <summary>The UI string shown after the question text, telling how to answer; null for none.</summary>
    public virtual string? HintKey => null;

    /// <summary>Every UI string (theme/i18n/&lt;lang&gt;/quiz.yml) this kind writes, so the build can check them.</summary>
    public virtual IEnumerable<string> StringKeys => HintKey is null ? [] : [HintKey];

    /// <summary>The kind's name in the browser editor (Decap CMS), where the author picks a question's kind.</summary>
    public abstract string EditorLabel { get; }

    /// <summary>The browser editor's fields for the answer, shown after the fields every question has (<see cref="Editor.EditorFields"/>).</summary>
    public abstract IReadOnlyList<EditorField> AnswerFields { get; }

    public override string ToString() => Name;

    /// <summary>Reads and checks the answer key of <paramref name="question"/>, reporting problems to the reader's sink.</summary>
    internal abstract QuizQuestion Read(QuizFieldReader fields, QuizQuestion question);

    /// <summary>
    /// The machine-readable answer written to <c>data-answer</c> and graded by the kind's <c>check</c> in
    /// quiz.js. Indexes are positions in the bank, which the HTML keeps as the inputs' values.
    /// </summary>
    internal abstract string AnswerJson(QuizQuestion question);

    /// <summary>The question's native controls inside its fieldset.</summary>
    internal abstract void WriteInputs(QuizInputWriter writer, QuizQuestion question, string baseId);

    /// <summary>The right answer in the "Show answer" disclosure.</summary>
    internal abstract void WriteKey(QuizAnswerWriter writer, QuizQuestion question);
}
