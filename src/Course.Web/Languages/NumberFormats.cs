namespace Course.Web.Languages;

/// <summary>Number formats shared by several languages.</summary>
public static class NumberFormats
{
    /// <summary>Kazakh and Russian: decimal comma, a no-break space between thousands from 10 000 on (8210; 60,8; 12 500).</summary>
    public static NumberFormat CyrillicSpaced { get; } = new(",", "\u00A0", 10_000);
}
