namespace Course.Core.Execution;

/// <summary>A file of the built site: either bytes or a source file to copy.</summary>
public sealed record OutputFile(string Destination, byte[]? Bytes, string? SourcePath, bool Staged = false)
{
    public byte[] ReadBytes() => Bytes ?? File.ReadAllBytes(SourcePath!);
}
