namespace Course.Web.Site;

/// <summary>What a front matter key's value must be.</summary>
public enum FrontMatterType
{
    Text,
    WholeNumber,
    TextList,
}
