namespace Course.Core.Documents;

/// <summary>
/// Text read from a file each time it is asked for (line endings as '\n'), from character
/// <paramref name="Start"/> on: a Markdown body after its front matter, or a page already staged for
/// the output (<paramref name="Staged"/>, see <see cref="Modules.StageFiles"/>).
/// </summary>
public sealed record FileContent(string Path, int Start = 0, bool Staged = false) : DocumentContent
{
    public override bool IsEmpty => false;

    public override string Read()
    {
        string text = ReadText(Path);
        if (text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n");
        }

        return Start == 0 ? text : text[Math.Min(Start, text.Length)..];
    }

    // What File.ReadAllText gives, read in one call and decoded at once: it reads 4 KB at a time through a
    // decoder and a builder, 10 reads for a 40 KB page and 40,000 in a 1,000-page build (bench/README.md
    // "#18 before/after"). A UTF-16 or UTF-32 byte order mark, which no file the build makes has, is left to it.
    private static string ReadText(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> text = bytes;
        if (text.StartsWith(System.Text.Encoding.UTF8.Preamble))
        {
            return System.Text.Encoding.UTF8.GetString(text[System.Text.Encoding.UTF8.Preamble.Length..]);
        }

        bool otherEncoding = text.StartsWith(Utf16LittleEndian) || text.StartsWith(Utf16BigEndian) || text.StartsWith(Utf32BigEndian);
        return otherEncoding ? File.ReadAllText(path) : System.Text.Encoding.UTF8.GetString(text);
    }

    // UTF-32 little endian starts like UTF-16 little endian.
    private static ReadOnlySpan<byte> Utf16LittleEndian => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndian => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf32BigEndian => [0x00, 0x00, 0xFE, 0xFF];

    /// <summary>
    /// The text (line endings as '\n', from the file's start) up to and including the first
    /// <paramref name="marker"/> found at or after <paramref name="from"/>, or all of it when there is
    /// none: front matter is read without decoding the page below it.
    /// </summary>
    public string ReadThrough(string marker, int from)
    {
        using StreamReader reader = new(Path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        System.Text.StringBuilder raw = new();
        char[] chunk = new char[4096];
        while (true)
        {
            int read = reader.Read(chunk, 0, chunk.Length);
            raw.Append(chunk, 0, read);
            bool end = read == 0;
            if (!end && raw.Length > 0 && raw[^1] == '\r')
            {
                continue; // a "\r\n" may straddle two chunks
            }

            string text = raw.ToString();
            if (text.Contains('\r'))
            {
                text = text.Replace("\r\n", "\n");
            }

            if (end || text.IndexOf(marker, Math.Min(from, text.Length), StringComparison.Ordinal) >= 0)
            {
                return text;
            }
        }
    }
}
