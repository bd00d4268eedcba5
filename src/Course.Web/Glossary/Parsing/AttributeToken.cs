namespace Course.Web.Glossary.Parsing;

/// <summary>
/// One token of a term line's attribute block: <c>#id</c>, <c>.kind</c> or <c>key="value"</c>.
/// <see cref="Column"/> is the token's 0-based column, <see cref="ValueColumn"/> where its value starts.
/// </summary>
internal sealed record AttributeToken(char Prefix, string Name, string? Value, int Column, int ValueColumn);
