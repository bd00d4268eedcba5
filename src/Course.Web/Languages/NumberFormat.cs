using System.Globalization;

namespace Course.Web.Languages;

/// <summary>
/// How a language writes numbers (8 210; 60,8), built by hand rather than from a culture so the
/// output is the same on every machine. Whole numbers below <paramref name="GroupFrom"/> are not grouped.
/// </summary>
public sealed record NumberFormat(string DecimalSeparator, string GroupSeparator, int GroupFrom)
{
    public string Format(double value)
    {
        var info = new NumberFormatInfo { NumberDecimalSeparator = DecimalSeparator, NumberGroupSeparator = GroupSeparator, NumberGroupSizes = [3] };
        bool whole = Math.Abs(value - Math.Round(value)) < 1e-9;
        string text = whole ? value.ToString("#,0", info) : value.ToString("#,0.##", info);
        return Math.Abs(value) < GroupFrom && whole ? text.Replace(GroupSeparator, string.Empty, StringComparison.Ordinal) : text;
    }
}
