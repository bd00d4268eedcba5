namespace Course.Web.Markdown.Charts;

/// <summary>Localized words the chart needs (from the theme's UI strings).</summary>
public sealed record ChartLabels(string DataTable, string Source, string Category);
