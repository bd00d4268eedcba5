using System.Collections.Immutable;
using System.Globalization;
using Course.Core.IO;
using Markdig.Syntax;
using YamlDotNet.Core;

namespace Course.Web.Markdown.Charts;

/// <summary>
/// Turns fenced code blocks with the info string <c>chart</c> into <see cref="ChartBlock"/>s once the
/// document is parsed, reading their YAML; a problem is kept on the block with its position.
/// </summary>
public static class ChartParser
{
    public const string Info = "chart";

    public static void Process(MarkdownDocument document)
    {
        foreach (FencedCodeBlock code in document.Descendants<FencedCodeBlock>().Where(b => b.Info == Info).ToList())
        {
            var chart = new ChartBlock(null) { Line = code.Line, Column = code.Column, Span = code.Span };
            Read(chart, code.Lines.ToString(), code.Line + 2);
            code.Parent!.Insert(code.Parent.IndexOf(code), chart);
            code.Parent.Remove(code);
        }
    }

    private static void Read(ChartBlock chart, string yaml, int firstLine)
    {
        void Fail(string message, int line, int column = 1)
        {
            chart.Error = message;
            chart.ErrorLine = line;
            chart.ErrorColumn = column;
        }

        Dictionary<string, object?> values;
        Dictionary<string, int> lines;
        try
        {
            (values, lines) = YamlValues.ReadMapping(yaml, firstLine - 1);
        }
        catch (YamlException exception)
        {
            Fail($"broken YAML in the chart: {YamlValues.Explain(exception)}", firstLine + (int)exception.Start.Line - 1, (int)exception.Start.Column);
            return;
        }

        int LineOf(string key) => lines.TryGetValue(key, out int line) ? line : firstLine;
        string type = YamlValues.Format(values.GetValueOrDefault("type") ?? "bar");
        if (!Enum.TryParse(type, ignoreCase: true, out ChartType chartType))
        {
            Fail($"unknown chart type '{type}'; use 'bar' or 'line'", LineOf("type"));
            return;
        }

        List<string> labels = (values.GetValueOrDefault("labels") as List<object?>)?.Select(YamlValues.Format).ToList() ?? [];
        if (labels.Count == 0)
        {
            Fail("the chart has no 'labels' (the categories of the x axis)", LineOf("labels"));
            return;
        }

        var series = new List<ChartSeries>();
        foreach (object? item in values.GetValueOrDefault("series") as List<object?> ?? [])
        {
            var map = item as Dictionary<string, object?>;
            List<object?> raw = map?.GetValueOrDefault("values") as List<object?> ?? [];
            var numbers = new List<double>();
            foreach (object? value in raw)
            {
                if (!double.TryParse(YamlValues.Format(value), NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
                {
                    Fail($"'{value}' is not a number (write 8210 or 60.8)", LineOf("series"));
                    return;
                }

                numbers.Add(number);
            }

            if (numbers.Count != labels.Count)
            {
                Fail($"a series has {numbers.Count} values for {labels.Count} labels; give one value per label", LineOf("series"));
                return;
            }

            series.Add(new ChartSeries(YamlValues.Format(map?.GetValueOrDefault("name")), [.. numbers]));
        }

        if (series.Count == 0)
        {
            Fail("the chart has no 'series' (name and values)", LineOf("series"));
            return;
        }

        string? Text(string key) => values.GetValueOrDefault(key) is { } v ? YamlValues.Format(v) : null;
        chart.Data = new ChartData(chartType, Text("title") ?? string.Empty, Text("x"), Text("y"), [.. labels], [.. series], Text("source"));
    }
}
