using Course.Web.Search.Lunr;

namespace Course.Web.Search;

/// <summary>A language's search data: the script to write at <see cref="Path"/> (relative to the site root), its size, and its parts.</summary>
public sealed record SearchIndexOutput(string Language, string Path, byte[] Script, SearchIndexSize Size, LunrIndex Index, SearchStore Store);
