using System.Net;
using System.Text;
using Markdig.Renderers;
using Course.Web.Languages;
using Markdig.Renderers.Html;

namespace Course.Web.Markdown.Charts;

/// <summary>
/// Writes a chart as a figure: an SVG (bar or line) that screen readers skip, and a table with the
/// same numbers that everyone can read. Colours come from CSS classes, so dark mode and print work.
/// </summary>
public sealed class HtmlChartRenderer(ChartLabels labels, NumberFormat numbers) : HtmlObjectRenderer<ChartBlock>
{
    private const double Width = 640;
    private const double Height = 320;
    private const double Left = 64;
    private const double Right = 16;
    private const double Top = 24;
    private const double Bottom = 56;

    protected override void Write(HtmlRenderer renderer, ChartBlock block)
    {
        if (block.Data is not { } data)
        {
            return; // the build reports the error; nothing half-drawn goes out
        }

        var html = new StringBuilder();
        html.Append("<figure class=\"chart chart-").Append(data.Type.ToString().ToLowerInvariant()).Append("\">\n");
        html.Append("<svg viewBox=\"0 0 640 320\" aria-hidden=\"true\" focusable=\"false\" preserveAspectRatio=\"xMidYMid meet\">\n");
        double max = NiceMax(data.Series.SelectMany(s => s.Values).DefaultIfEmpty(1).Max());
        AppendGrid(html, max, data);
        if (data.Type == ChartType.Bar)
        {
            AppendBars(html, data, max);
        }
        else
        {
            AppendLines(html, data, max);
        }

        html.Append("</svg>\n");
        if (data.Series.Length > 1)
        {
            html.Append("<ul class=\"chart-legend\" aria-hidden=\"true\">");
            for (int s = 0; s < data.Series.Length; s++)
            {
                html.Append("<li><span class=\"swatch series-").Append(s).Append("\"></span>").Append(E(data.Series[s].Name)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        AppendTable(html, data);
        html.Append("</figure>\n");
        renderer.Write(html.ToString());
    }

    private void AppendGrid(StringBuilder html, double max, ChartData data)
    {
        for (int i = 0; i <= 4; i++)
        {
            double value = max * i / 4;
            double y = Y(value, max);
            html.Append("<line class=\"grid\" x1=\"").Append(C(Left)).Append("\" x2=\"").Append(C(Width - Right))
                .Append("\" y1=\"").Append(C(y)).Append("\" y2=\"").Append(C(y)).Append("\"/>");
            html.Append("<text class=\"tick\" x=\"").Append(C(Left - 6)).Append("\" y=\"").Append(C(y + 4))
                .Append("\" text-anchor=\"end\">").Append(E(numbers.Format(value))).Append("</text>\n");
        }

        if (data.YTitle is { Length: > 0 } yTitle)
        {
            html.Append("<text class=\"axis-title\" x=\"12\" y=\"").Append(C(Top + (Height - Top - Bottom) / 2))
                .Append("\" text-anchor=\"middle\" transform=\"rotate(-90 12 ").Append(C(Top + (Height - Top - Bottom) / 2)).Append(")\">")
                .Append(E(yTitle)).Append("</text>\n");
        }

        if (data.XTitle is { Length: > 0 } xTitle)
        {
            html.Append("<text class=\"axis-title\" x=\"").Append(C(Left + (Width - Left - Right) / 2)).Append("\" y=\"").Append(C(Height - 6))
                .Append("\" text-anchor=\"middle\">").Append(E(xTitle)).Append("</text>\n");
        }
    }

    private void AppendBars(StringBuilder html, ChartData data, double max)
    {
        double band = (Width - Left - Right) / data.Labels.Length;
        double barWidth = Math.Min(56, band * 0.8 / data.Series.Length);
        for (int i = 0; i < data.Labels.Length; i++)
        {
            double groupStart = Left + band * i + (band - barWidth * data.Series.Length) / 2;
            for (int s = 0; s < data.Series.Length; s++)
            {
                double value = data.Series[s].Values[i];
                double x = groupStart + barWidth * s;
                double y = Y(value, max);
                html.Append("<rect class=\"bar series-").Append(s).Append("\" x=\"").Append(C(x)).Append("\" y=\"").Append(C(y))
                    .Append("\" width=\"").Append(C(barWidth - 2)).Append("\" height=\"").Append(C(Height - Bottom - y)).Append("\"/>");
                html.Append("<text class=\"value\" x=\"").Append(C(x + (barWidth - 2) / 2)).Append("\" y=\"").Append(C(y - 4))
                    .Append("\" text-anchor=\"middle\">").Append(E(numbers.Format(value))).Append("</text>\n");
            }

            AppendCategory(html, data.Labels[i], Left + band * i + band / 2);
        }
    }

    private void AppendLines(StringBuilder html, ChartData data, double max)
    {
        double step = data.Labels.Length > 1 ? (Width - Left - Right - 40) / (data.Labels.Length - 1) : 0;
        double X(int i) => Left + 20 + step * i;
        for (int s = 0; s < data.Series.Length; s++)
        {
            string points = string.Join(" ", data.Series[s].Values.Select((v, i) => C(X(i)) + "," + C(Y(v, max))));
            html.Append("<polyline class=\"line series-").Append(s).Append("\" fill=\"none\" points=\"").Append(points).Append("\"/>\n");
            for (int i = 0; i < data.Labels.Length; i++)
            {
                double value = data.Series[s].Values[i];
                html.Append("<circle class=\"point series-").Append(s).Append("\" r=\"4\" cx=\"").Append(C(X(i))).Append("\" cy=\"").Append(C(Y(value, max))).Append("\"/>");
                html.Append("<text class=\"value\" x=\"").Append(C(X(i))).Append("\" y=\"").Append(C(Y(value, max) - 8))
                    .Append("\" text-anchor=\"middle\">").Append(E(numbers.Format(value))).Append("</text>\n");
            }
        }

        for (int i = 0; i < data.Labels.Length; i++)
        {
            AppendCategory(html, data.Labels[i], X(i));
        }
    }

    private static void AppendCategory(StringBuilder html, string label, double x) =>
        html.Append("<text class=\"category\" x=\"").Append(C(x)).Append("\" y=\"").Append(C(Height - Bottom + 18))
            .Append("\" text-anchor=\"middle\">").Append(E(label)).Append("</text>\n");

    private void AppendTable(StringBuilder html, ChartData data)
    {
        html.Append("<table class=\"chart-data\">\n<caption>").Append(E(data.Title)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(E(data.XTitle ?? labels.Category)).Append("</th>");
        foreach (ChartSeries series in data.Series)
        {
            html.Append("<th scope=\"col\">").Append(E(series.Name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < data.Labels.Length; i++)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(data.Labels[i])).Append("</th>");
            foreach (ChartSeries series in data.Series)
            {
                html.Append("<td>").Append(E(numbers.Format(series.Values[i]))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (data.Source is { Length: > 0 } source)
        {
            html.Append("<figcaption>").Append(E(labels.Source)).Append(": ").Append(E(source)).Append("</figcaption>\n");
        }
    }

    private static double Y(double value, double max) => Height - Bottom - (Height - Top - Bottom) * (max <= 0 ? 0 : value / max);

    /// <summary>A round axis maximum (1, 2, 2.5 or 5 times a power of ten) above the largest value.</summary>
    private static double NiceMax(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (double factor in new[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 })
        {
            if (factor * magnitude >= value)
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string C(double value) => NumberText.Coordinate(value);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
