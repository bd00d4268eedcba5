namespace Course.Web.Search.Lunr;

/// <summary>
/// A token as lunr.js's tokenizer makes it: the lowercase text plus the metadata lunr attaches
/// (<c>fields</c>, <c>position</c> and <c>index</c>), so pipeline functions can act per field as in lunr.
/// </summary>
public sealed record LunrToken(string Text, string Field, int Start, int Length, int Index)
{
    /// <summary>The same token with new text, like lunr's <c>token.update(fn)</c>.</summary>
    public LunrToken WithText(string text) => this with { Text = text };

    public override string ToString() => Text;
}
