using Course.Web.Search.Lunr;

namespace Course.Web.Search;

/// <summary>
/// Drops tokens made only of digits and number punctuation (<c>2019</c>, <c>13,9</c>, <c>205–213</c>)
/// from every field but the heading: in running text they are years, counts and statistics that
/// nobody searches for, and they cost index space; a number in a heading stays searchable.
/// </summary>
public static class NumberFilter
{
    public const string Label = "numberFilter";

    public static readonly PipelineFunction Function = new(Label, (token, _, _) =>
        token.Field != SearchFields.Heading && IsNumber(token.Text) ? null : [token]);

    public static bool IsNumber(string token) =>
        token.Length > 0 && token.Any(char.IsAsciiDigit) && token.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '/' or '–' or '—' or '-' or '+' or '%');
}
