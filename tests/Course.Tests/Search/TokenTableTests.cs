using Course.Web.Search.Lunr;

namespace Course.Tests.Search;

/// <summary><see cref="TokenTable"/> past its first size: every token is found by its id after the table has grown several times.</summary>
public sealed class TokenTableTests
{
    [Fact]
    public void TokensAddedPastSeveralGrowthsAreAllFoundFromSpansAndOthersAreNot()
    {
        var table = new TokenTable();
        string[] tokens = [.. Enumerable.Range(0, 20_000).Select(i => "сөз" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        for (int id = 0; id < tokens.Length; id++)
        {
            Assert.False(table.TryGet(tokens[id], out _));
            table.Add(tokens[id], id);
        }

        // 20,000 tokens at most half full: the 4,096 slots it starts with have doubled at least four times
        Assert.True(table.Capacity >= 40_000, $"{table.Capacity} slots");
        string text = " " + string.Join(' ', tokens) + " ";
        int start = 1;
        for (int id = 0; id < tokens.Length; id++)
        {
            Assert.True(table.TryGet(text.AsSpan(start, tokens[id].Length), out int found));
            Assert.Equal(id, found);
            start += tokens[id].Length + 1;
        }

        Assert.False(table.TryGet("сөз20000", out _));
        Assert.False(table.TryGet("сөз", out _));
        Assert.False(table.TryGet("сөз1 ", out _));
    }

    // A slot holds short tokens in place and long ones by their string: lengths at and around that edge, tokens
    // that differ only past it or only in their length, and a token longer than the slot's length field.
    [Fact]
    public void TokensOfEveryLengthAreFoundOnlyWhenEqual()
    {
        var table = new TokenTable();
        List<string> tokens = [.. Enumerable.Range(1, 30).Select(n => new string('ж', n))];
        tokens.AddRange(Enumerable.Range(1, 30).Select(n => new string('ж', n) + "ы"));
        tokens.AddRange(["ab", "ab\0", "\0", "қылмыстықтардың", "қылмыстықтардан", new string('я', 70_000), new string('я', 70_001)]);
        for (int id = 0; id < tokens.Count; id++)
        {
            Assert.False(table.TryGet(tokens[id], out _), $"{tokens[id].Length} characters");
            table.Add(tokens[id], id);
        }

        for (int id = 0; id < tokens.Count; id++)
        {
            Assert.True(table.TryGet(tokens[id].ToCharArray(), out int found));
            Assert.Equal(id, found);
        }

        Assert.False(table.TryGet("қылмыстықтардағы", out _));
        Assert.False(table.TryGet("ab\0\0", out _));
        Assert.False(table.TryGet(new string('я', 69_999) + "ю", out _));
    }
}
