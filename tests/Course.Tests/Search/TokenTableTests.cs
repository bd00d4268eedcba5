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
}
