namespace Course.Web.Glossary;

/// <summary>A page that uses a glossary entry: its title and its URL relative to the glossary page.</summary>
public sealed record GlossaryUsage(string Title, string Url);
