namespace Course.Web.Site;

/// <summary>Counts words (runs of letters or digits, hyphenated words counted once) and estimates reading time.</summary>
public static class WordCounter
{
    public const int WordsPerMinute = 180;

    // char.IsLetterOrDigit looked up once for Latin and Cyrillic, the course's scripts (its lookup per character was the cost).
    private static readonly bool[] LetterOrDigit = [.. Enumerable.Range(0, 0x530).Select(c => char.IsLetterOrDigit((char)c))];

    public static int Count(string text) => Count(text.AsSpan());

    public static int Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = (c < LetterOrDigit.Length ? LetterOrDigit[c] : char.IsLetterOrDigit(c)) || (inWord && (c == '-' || c == '\''));
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    public static int Minutes(int words) => Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));
}
