namespace Course.Web.Search.Lunr;

/// <summary>
/// An ordered list of pipeline functions run over a field's tokens exactly as lunr.js's
/// <c>Pipeline.run</c> does: each function sees every token the previous one produced.
/// </summary>
public sealed class LunrPipeline
{
    public LunrPipeline(IEnumerable<PipelineFunction> functions)
    {
        Functions = functions.ToArray();
    }

    public static LunrPipeline Empty { get; } = new([]);

    public IReadOnlyList<PipelineFunction> Functions { get; }

    public IReadOnlyList<string> Labels => Functions.Select(f => f.Label).ToArray();

    public IReadOnlyList<LunrToken> Run(IReadOnlyList<LunrToken> tokens)
    {
        foreach (PipelineFunction function in Functions)
        {
            List<LunrToken> memo = new(tokens.Count);
            for (int i = 0; i < tokens.Count; i++)
            {
                IReadOnlyList<LunrToken>? result = function.Apply(tokens[i], i, tokens);
                if (result is not null)
                {
                    memo.AddRange(result);
                }
            }

            tokens = memo;
        }

        return tokens;
    }
}
