namespace Course.Web.Markdown.Charts;

public enum ChartType
{
    Bar,
    Line,
}
