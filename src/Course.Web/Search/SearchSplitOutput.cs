using System.Globalization;

namespace Course.Web.Search;

/// <summary>
/// A big course's search data split into parts (<see cref="SearchSplitWriter"/>): the manifest at
/// <c>search/{lang}/index.js</c>, the term parts and the store parts, with what the largest term part costs gzipped.
/// </summary>
public sealed record SearchSplitOutput(IReadOnlyList<SearchFile> Files, int TermParts, int StoreParts, long ManifestGzipBytes, long LargestTermPartGzipBytes, long RawBytes, int Documents, int Terms)
{
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "split: {0:0.0} KB raw in {1} term parts and {2} store parts; manifest {3:0.0} KB gzip, largest term part {4:0.0} KB gzip ({5} sections, {6} terms)",
        RawBytes / 1024.0,
        TermParts,
        StoreParts,
        ManifestGzipBytes / 1024.0,
        LargestTermPartGzipBytes / 1024.0,
        Documents,
        Terms);
}
