namespace Course.Core.Documents;

/// <summary>Content made as UTF-8 bytes (a search index): written as is, never copied into a string on the way.</summary>
public sealed record BytesContent(byte[] Bytes) : DocumentContent
{
    public override bool IsEmpty => Bytes.Length == 0;

    public override string Read() => System.Text.Encoding.UTF8.GetString(Bytes);
}
