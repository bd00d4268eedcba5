namespace Course.Web.Search.Lunr;

/// <summary>
/// One step of an indexing pipeline, with lunr.js's token-level semantics: it sees each token (with
/// its position in the token list) and returns <c>null</c> or an empty list to drop it, one token to
/// keep or change it, or several to expand it. The label names the JavaScript twin. The index builder
/// runs each distinct token once (<see cref="LunrTermCounter"/>), so a function must give the same
/// result for the same token wherever it stands, as lunr's own functions do.
/// </summary>
public sealed class PipelineFunction
{
    private readonly Func<LunrToken, int, IReadOnlyList<LunrToken>, IReadOnlyList<LunrToken>?> apply;

    public PipelineFunction(string label, Func<LunrToken, int, IReadOnlyList<LunrToken>, IReadOnlyList<LunrToken>?> apply)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
        this.apply = apply;
    }

    public string Label { get; }

    public IReadOnlyList<LunrToken>? Apply(LunrToken token, int index, IReadOnlyList<LunrToken> tokens) =>
        apply(token, index, tokens);

    /// <summary>Maps each token's text; a <c>null</c> or empty result drops the token.</summary>
    public static PipelineFunction Map(string label, Func<string, string?> map) =>
        new(label, (token, _, _) =>
        {
            string? text = map(token.Text);
            return string.IsNullOrEmpty(text) ? null : [token.WithText(text)];
        });

    /// <summary>Keeps the tokens whose text satisfies <paramref name="keep"/>.</summary>
    public static PipelineFunction Filter(string label, Func<string, bool> keep) =>
        new(label, (token, _, _) => keep(token.Text) ? [token] : null);

    public override string ToString() => Label;
}
