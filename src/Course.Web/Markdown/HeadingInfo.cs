namespace Course.Web.Markdown;

/// <summary>A heading of a page, for the in-page table of contents and the search sections.</summary>
public sealed record HeadingInfo(int Level, string Id, string Text);
