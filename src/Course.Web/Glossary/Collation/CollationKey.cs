namespace Course.Web.Glossary.Collation;

/// <summary>
/// A sort key in three levels: the letters (primary), letter variants such as ё after е (secondary),
/// and case, lowercase first (tertiary). Equal keys fall back to ordinal order, so sorting is total.
/// </summary>
internal sealed record CollationKey(int[] Primary, int[] Secondary, int[] Tertiary)
{
    public int CompareTo(CollationKey other)
    {
        int result = Compare(Primary, other.Primary);
        if (result == 0)
        {
            result = Compare(Secondary, other.Secondary);
        }

        return result != 0 ? result : Compare(Tertiary, other.Tertiary);
    }

    private static int Compare(int[] x, int[] y)
    {
        int length = Math.Min(x.Length, y.Length);
        for (int i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return x[i] < y[i] ? -1 : 1;
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}
