using System.Text;

namespace Course.Core.IO;

/// <summary>Text files read whole.</summary>
public static class TextFile
{
    /// <summary>
    /// What File.ReadAllText gives, read in one call and decoded at once: File.ReadAllText reads 4 KB at a time
    /// through a decoder and a builder, 10 reads for a 40 KB page and about 40,000 in a 1,000-page build
    /// (bench/README.md "#18 before/after"). A UTF-16 or UTF-32 byte order mark, which no file of a course has, is left to it.
    /// </summary>
    public static string Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> text = bytes;
        if (text.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(text[Encoding.UTF8.Preamble.Length..]);
        }

        bool otherEncoding = text.StartsWith(Utf16LittleEndian) || text.StartsWith(Utf16BigEndian) || text.StartsWith(Utf32BigEndian);
        return otherEncoding ? File.ReadAllText(path) : Encoding.UTF8.GetString(text);
    }

    // UTF-32 little endian starts like UTF-16 little endian.
    private static ReadOnlySpan<byte> Utf16LittleEndian => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndian => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf32BigEndian => [0x00, 0x00, 0xFE, 0xFF];
}
