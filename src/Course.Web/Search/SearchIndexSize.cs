using System.Globalization;

namespace Course.Web.Search;

/// <summary>What one language's search data costs the reader: the script as written and gzipped, and its parts.</summary>
public sealed record SearchIndexSize(long RawBytes, long GzipBytes, long IndexRawBytes, long StoreRawBytes, int Documents, int Terms)
{
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0:0.0} KB raw, {1:0.0} KB gzip (index {2:0.0} KB, store {3:0.0} KB; {4} sections, {5} terms)",
        RawBytes / 1024.0,
        GzipBytes / 1024.0,
        IndexRawBytes / 1024.0,
        StoreRawBytes / 1024.0,
        Documents,
        Terms);
}
