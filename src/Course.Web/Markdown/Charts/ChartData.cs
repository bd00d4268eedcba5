using System.Collections.Immutable;

namespace Course.Web.Markdown.Charts;

/// <summary>The data of a ```chart block: categories on the x axis and one or more series of values.</summary>
public sealed record ChartData(
    ChartType Type,
    string Title,
    string? XTitle,
    string? YTitle,
    ImmutableArray<string> Labels,
    ImmutableArray<ChartSeries> Series,
    string? Source);
