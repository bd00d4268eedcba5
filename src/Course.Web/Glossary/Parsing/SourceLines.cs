namespace Course.Web.Glossary.Parsing;

/// <summary>Line lookup for a text whose line breaks are '\n': maps character offsets to 0-based line indexes.</summary>
internal sealed class SourceLines
{
    private readonly string text;
    private readonly List<int> starts = [0];

    public SourceLines(string text)
    {
        this.text = text;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
    }

    public int Count => starts.Count;

    public int StartOf(int line) => starts[line];

    public int EndOf(int line) => line + 1 < starts.Count ? starts[line + 1] - 1 : text.Length;

    public string this[int line] => text[StartOf(line)..EndOf(line)];

    public int LineOf(int offset)
    {
        int index = starts.BinarySearch(Math.Clamp(offset, 0, text.Length));
        return index >= 0 ? index : ~index - 1;
    }
}
