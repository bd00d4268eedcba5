namespace Course.Web.Search;

/// <summary>One file of a language's search data: its path relative to the site root and its bytes.</summary>
public sealed record SearchFile(string Path, byte[] Content);
