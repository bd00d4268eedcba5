namespace Course.Core.Execution;

/// <summary>The four phases of a pipeline, in Statiq's order.</summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
