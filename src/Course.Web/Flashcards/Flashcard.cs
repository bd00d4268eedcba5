namespace Course.Web.Flashcards;

/// <summary>
/// One card: a glossary entry's term and its definition (HTML). <see cref="Id"/> is the entry's id, the
/// same in every language and deck, so the browser keeps one Leitner box per term.
/// </summary>
public sealed record Flashcard(string Id, string Term, string DefinitionHtml, string GlossaryHref);
