using System.Buffers;
using System.Text;

namespace Course.Core.IO;

/// <summary>
/// Finds the first byte sequence in a file that is not UTF-8, as a line and column (in characters), so an
/// author learns where the editor saved another encoding instead of seeing U+FFFD in the site.
/// </summary>
public static class Utf8Check
{
    /// <summary>Null when the bytes are UTF-8 (a byte order mark is fine); else where the first bad byte is and its value.</summary>
    public static (TextPosition Position, byte Byte)? FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        int index = 0;
        while (index < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[index..], out _, out int consumed) != OperationStatus.Done)
            {
                break; // invalid, or a character cut off at the end of the file
            }

            index += consumed;
        }

        ReadOnlySpan<byte> before = bytes[..index];
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        int line = before.Count((byte)'\n') + 1;
        ReadOnlySpan<byte> prefix = before[lineStart..];
        if (lineStart == 0 && prefix.StartsWith(Encoding.UTF8.Preamble))
        {
            prefix = prefix[Encoding.UTF8.Preamble.Length..];
        }

        int column = Encoding.UTF8.GetCharCount(prefix) + 1;
        return index < bytes.Length ? (new TextPosition(line, column), bytes[index]) : null;
    }
}
