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
        string text = IO.TextFile.Read(Path);
        if (text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n");
        }

        return Start == 0 ? text : text[Math.Min(Start, text.Length)..];
    }

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
