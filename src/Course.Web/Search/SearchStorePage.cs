namespace Course.Web.Search;

/// <summary>A page that search results point into: its URL relative to the language root, title and chapter.</summary>
public sealed record SearchStorePage(string Url, string Title, string Chapter);
