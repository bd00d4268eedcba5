namespace Course.Core.Documents;

/// <summary>Text held in memory.</summary>
public sealed record TextContent(string Text) : DocumentContent
{
    public override bool IsEmpty => Text.Length == 0;

    public override string Read() => Text;
}
