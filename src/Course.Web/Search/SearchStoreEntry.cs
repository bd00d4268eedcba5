namespace Course.Web.Search;

/// <summary>
/// What a result shows for one section: its page (an index into <see cref="SearchStore.Pages"/>), the
/// anchor, the heading (empty when it repeats the page title) and the text the snippet is cut from.
/// </summary>
public sealed record SearchStoreEntry(string Ref, int Page, string Anchor, string Heading, string Text);
