using System.Globalization;

namespace Course.Web.Markdown.Charts;

/// <summary>
/// Numbers in a chart's SVG: invariant, whatever the language (the numbers a reader sees are written
/// in the language's <see cref="Languages.NumberFormat"/>).
/// </summary>
public static class NumberText
{
    /// <summary>For SVG coordinates: invariant, at most two decimals.</summary>
    public static string Coordinate(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
