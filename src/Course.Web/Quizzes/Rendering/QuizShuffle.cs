using System.Text;

namespace Course.Web.Quizzes.Rendering;

/// <summary>
/// A deterministic shuffle for the HTML: the same seed gives the same order on every machine, and a
/// list of two or more never keeps the order it was written in (banks list the right option or order
/// first). The browser reshuffles with Math.random on "Try again".
/// </summary>
internal static class QuizShuffle
{
    /// <summary>The original indexes 0..count-1 in display order.</summary>
    public static int[] Order(string seed, int count)
    {
        int[] order = Enumerable.Range(0, count).ToArray();
        uint state = Hash(seed);
        for (int i = count - 1; i > 0; i--)
        {
            state = Next(state);
            int j = (int)(state % (uint)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        bool unchanged = order.Select((value, index) => value == index).All(same => same);
        return unchanged && count > 1 ? [.. order[1..], order[0]] : order;
    }

    /// <summary>FNV-1a over the UTF-8 bytes; never zero, which xorshift cannot leave.</summary>
    private static uint Hash(string seed)
    {
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(seed))
        {
            hash = (hash ^ b) * 16777619;
        }

        return hash == 0 ? 1u : hash;
    }

    private static uint Next(uint state)
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }
}
