using System.Globalization;

namespace Course.Web.Search.Lunr;

/// <summary>Writes a double as JavaScript's <c>JSON.stringify</c> does (shortest round-trip digits, <c>1e-7</c> style exponents).</summary>
public static class JsNumber
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            return "null";
        }

        if (value == 0)
        {
            return "0";
        }

        string text = value.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E');
        if (e < 0)
        {
            return text;
        }

        // .NET writes 1E-07 and 1E+21; JavaScript writes 1e-7 and 1e+21, and plain digits in between.
        string mantissa = text[..e];
        int exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent is < -6 or >= 21)
        {
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }

        return Expand(mantissa, exponent);
    }

    private static string Expand(string mantissa, int exponent)
    {
        string sign = mantissa.StartsWith('-') ? "-" : "";
        string digits = mantissa.TrimStart('-').Replace(".", "", StringComparison.Ordinal);
        int point = 1 + exponent;
        if (point <= 0)
        {
            return sign + "0." + new string('0', -point) + digits;
        }

        return point >= digits.Length
            ? sign + digits + new string('0', point - digits.Length)
            : sign + digits[..point] + "." + digits[point..];
    }
}
