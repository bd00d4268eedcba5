namespace Course.Web.Search;

/// <summary>
/// The results store that goes next to the index: ref → page, anchor, heading and excerpt.
/// Page URLs, titles and chapters are listed once and shared by their sections.
/// </summary>
public sealed record SearchStore(IReadOnlyList<SearchStorePage> Pages, IReadOnlyList<SearchStoreEntry> Entries)
{
    public static SearchStore Create(IReadOnlyList<SearchDocument> documents, int snippetLength)
    {
        List<SearchStorePage> pages = [];
        Dictionary<SearchStorePage, int> pageIndex = [];
        List<SearchStoreEntry> entries = new(documents.Count);
        foreach (SearchDocument document in documents)
        {
            (string pageUrl, string anchor) = SplitUrl(document.Url);
            SearchStorePage page = new(pageUrl, SearchText.Normalize(document.Title), SearchText.Normalize(document.Chapter));
            if (!pageIndex.TryGetValue(page, out int index))
            {
                index = pages.Count;
                pages.Add(page);
                pageIndex.Add(page, index);
            }

            string heading = SearchText.Normalize(document.Heading);
            entries.Add(new SearchStoreEntry(
                document.Ref,
                index,
                anchor,
                heading == page.Title ? "" : heading,
                SearchText.Excerpt(document.Excerpt ?? document.Text, snippetLength)));
        }

        return new SearchStore(pages, entries);
    }

    public static (string Page, string Anchor) SplitUrl(string url)
    {
        int hash = url.IndexOf('#');
        return hash < 0 ? (url, "") : (url[..hash], url[(hash + 1)..]);
    }
}
