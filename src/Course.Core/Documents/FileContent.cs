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
        string text = File.ReadAllText(Path);
        if (text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n");
        }

        return Start == 0 ? text : text[Math.Min(Start, text.Length)..];
    }
}
