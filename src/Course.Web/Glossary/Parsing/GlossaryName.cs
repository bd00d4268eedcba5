namespace Course.Web.Glossary.Parsing;

/// <summary>A term or alias as written on a term line, with its 0-based column for diagnostics.</summary>
internal sealed record GlossaryName(string Text, int Column);
