namespace Course.Web.Glossary.Parsing;

/// <summary>An entry with the 0-based line index and term line it came from, kept for later checks.</summary>
internal sealed record ParsedEntry(GlossaryEntry Entry, int LineIndex, GlossaryTermLine TermLine);
