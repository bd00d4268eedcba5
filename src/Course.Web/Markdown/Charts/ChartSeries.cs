using System.Collections.Immutable;

namespace Course.Web.Markdown.Charts;

public sealed record ChartSeries(string Name, ImmutableArray<double> Values);
