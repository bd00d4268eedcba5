using System.Globalization;

namespace Course.Web.Markdown.Charts;

/// <summary>
/// Numbers as Kazakh and Russian readers write them (8 210; 60,8), built by hand rather than from
/// a culture so the output is the same on every machine.
/// </summary>
public static class NumberText
{
    private static readonly NumberFormatInfo Format = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00A0",
        NumberGroupSizes = [3],
    };

    public static string Of(double value)
    {
        bool whole = Math.Abs(value - Math.Round(value)) < 1e-9;
        string text = whole ? value.ToString("#,0", Format) : value.ToString("#,0.##", Format);
        return Math.Abs(value) < 10_000 && whole ? text.Replace("\u00A0", string.Empty, StringComparison.Ordinal) : text;
    }

    /// <summary>For SVG coordinates: invariant, at most two decimals.</summary>
    public static string Coordinate(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
