namespace Course.Core.Execution;

public sealed record PhaseTiming(string Pipeline, Phase Phase, TimeSpan Elapsed, int Documents);
