using Course.Web.Search.Stemming;

namespace Course.Tests.Stemming;

/// <summary>
/// Pairwise quality on kazakh-gold.tsv: precision is the share of pairs given one stem that belong to
/// one family, recall the share of same-family pairs given one stem.
/// </summary>
public sealed class KazakhGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void GoldListIsLargeAndUnique()
    {
        IReadOnlyList<(string Form, string Group)> gold = KazakhGold.Read();

        Assert.True(gold.Count >= 300, $"kazakh-gold.tsv holds {gold.Count} forms; it needs at least 300.");
        Assert.Equal(gold.Count, gold.Select(row => row.Form).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void PrecisionReachesNinetyFiveAndRecallNinetyEightPercent()
    {
        (string Form, string Group, string Stem)[] rows =
            [.. KazakhGold.Read().Select(row => (row.Form, row.Group, KazakhStemmer.Instance.Stem(row.Form)))];

        long together = 0, sameGroup = 0, both = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            for (int j = i + 1; j < rows.Length; j++)
            {
                bool group = rows[i].Group == rows[j].Group;
                bool stem = rows[i].Stem == rows[j].Stem;
                sameGroup += group ? 1 : 0;
                together += stem ? 1 : 0;
                both += group && stem ? 1 : 0;
            }
        }

        double precision = (double)both / together;
        double recall = (double)both / sameGroup;
        output.WriteLine($"{rows.Length} forms, {rows.Select(r => r.Group).Distinct().Count()} families");
        output.WriteLine($"precision {precision:F4} ({both}/{together} pairs), recall {recall:F4} ({both}/{sameGroup} pairs)");
        foreach (var family in rows.GroupBy(r => r.Group).Where(g => g.Select(r => r.Stem).Distinct().Count() > 1))
        {
            output.WriteLine($"split {family.Key}: {string.Join(", ", family.Select(r => $"{r.Form}→{r.Stem}"))}");
        }

        foreach (var stem in rows.GroupBy(r => r.Stem).Where(g => g.Select(r => r.Group).Distinct().Count() > 1))
        {
            output.WriteLine($"merged by {stem.Key}: {string.Join(", ", stem.Select(r => r.Group).Distinct())}");
        }

        Assert.True(precision >= 0.95, $"precision {precision:F4}");
        Assert.True(recall >= 0.98, $"recall {recall:F4}");
    }
}
