using System.Text;
using Course.Core.IO;

namespace Course.Tests.Site;

/// <summary>Where a file stops being UTF-8, as a line and a column in characters.</summary>
public class Utf8CheckTests
{
    [Fact]
    public void ValidTextWithAByteOrderMarkAndCrlfIsFine() =>
        Assert.Null(Utf8Check.FirstInvalid([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("қаз\r\nрус\r\n")]));

    [Fact]
    public void AnInvalidByteIsFoundAtItsLineAndColumnInCharacters()
    {
        var found = Utf8Check.FirstInvalid([.. Encoding.UTF8.GetBytes("a\nқаз"), 0xFF, (byte)'x']);

        Assert.Equal((new TextPosition(2, 4), (byte)0xFF), found);
    }

    [Fact]
    public void ACharacterCutOffAtTheEndOfTheFileIsReportedNotThrown()
    {
        byte[] cut = Encoding.UTF8.GetBytes("ab қ")[..^1]; // the fuzzer's truncation: half of a two-byte letter

        Assert.Equal((new TextPosition(1, 4), (byte)0xD2), Utf8Check.FirstInvalid(cut));
    }

    [Fact]
    public void AnEmptyFileIsFine() => Assert.Null(Utf8Check.FirstInvalid([]));
}
