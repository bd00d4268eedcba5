using Course.Tests.Support;

namespace Course.Tests.Site;

/// <summary>Issue #11 points 3–7: every kind of bad input is a file:line:column diagnostic in one run, never a crash or a hang.</summary>
public class InputHardeningTests(BrokenInputFixture build) : IClassFixture<BrokenInputFixture>
{
    private static string Path(string name) => $"kk/{MiniCourse.Chapter}/{name}";

    private void Has(string pattern) => Assert.Matches(pattern, build.Report);

    [Fact]
    public void TheBuildFailsWithContentErrorsAndWritesNothing()
    {
        Assert.Equal(1, build.ExitCode);
        Assert.False(Directory.Exists(build.Output));
        Assert.DoesNotContain("bug in the generator", build.Report, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", build.Report, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^(Content|Quizzes|Inputs|Glossary):", build.Report);
    }

    [Fact]
    public void ATitleGivenAsAListIsAnErrorAtTheValue() =>
        Has($@"{Path("typed-title.md")}:3:3: error: 'title' must be text, not a list\. Fix: Write it on one line");

    [Fact]
    public void ADescriptionGivenAsAMappingIsAnError() =>
        Has($@"{Path("typed-map.md")}:4:3: error: 'description' must be text, not a mapping");

    [Fact]
    public void AnOrderThatIsNotAWholeNumberIsAnError() =>
        Has($@"{Path("typed-order.md")}:4:8: error: 'order' must be a whole number, not 'abc'\.");

    [Fact]
    public void AListKeyGivenOneSentenceIsAnError() =>
        Has($@"{Path("typed-list.md")}:5:12: error: 'takeaways' must be a list, not 'just one sentence'\.");

    [Fact]
    public void AnUnknownKeyIsAWarningNamingTheNearestKnownKey() =>
        Has($@"{Path("unknown-key.md")}:3:1: warning: Unknown front matter key 'descripton'; it is ignored\. Fix: Did you mean 'description'\?");

    [Fact]
    public void ALangThatDisagreesWithTheFolderIsAnError() =>
        Has($@"{Path("wrong-lang.md")}:5:7: error: The page says 'lang: ru' but lies in the 'kk' folder");

    [Fact]
    public void InvalidUtf8IsAnErrorAtItsLineAndColumn() =>
        Has($@"{Path("bad-bytes.md")}:7:4: error: The file is not valid UTF-8: byte 0xE0");

    [Fact]
    public void AByteOrderMarkAndCrlfLineEndsAreFine() =>
        Assert.DoesNotContain("bom-crlf.md", build.Report, StringComparison.Ordinal);

    [Fact]
    public void AListNestedThousandsOfLevelsDeepIsAnErrorNamingTheConstruct() =>
        Has($@"{Path("deep-list.md")}:\d+:1: error: Lists nested \d+ levels deep; at most 32 are allowed\.");

    [Fact]
    public void ABlockQuoteNestedTwentyThousandLevelsDeepIsAnErrorNamingTheConstruct() =>
        Has($@"{Path("deep-quote.md")}:7:1: error: Block quotes \('>'\) nested 20000 levels deep");

    [Fact]
    public void AQuizBankWithATabIsReportedAtItsPosition() =>
        Has($@"ru/{MiniCourse.Chapter}/quiz\.yml:\d+:\d+: error: the YAML cannot be read");

    [Fact]
    public void AQuizBankWithBracesIsReportedAtItsPosition() =>
        Has($@"kk/{MiniCourse.Chapter}/quiz\.yml:\d+:\d+: error: ");

    [Fact]
    public void AFileNameThatIsNotASlugIsAnErrorWithASuggestion() =>
        Has($@"kk/{MiniCourse.Chapter}/жаңа бет \(1\)\.md:1:1: error: The name 'жаңа бет \(1\)' cannot be part of a web address.*Fix: Rename it, e.g. to 'zhana-bet-1'");

    [Fact]
    public void APageAndAChapterWithTheSameAddressAreAnErrorNamingBoth() =>
        Has(@"kk/dup/index\.md:1:1: error: 'kk/dup/index\.md' and 'kk/dup\.md' would both become the page 'kk/dup/index\.html'");

    [Fact]
    public void ScriptIframeAndObjectTagsAreErrorsAtTheirPositions()
    {
        Has($@"{Path("raw-script.md")}:9:1: error: The HTML tag <script> is not allowed");
        Has($@"{Path("raw-script.md")}:11:7: error: The HTML tag <iframe> is not allowed");
        Has($@"{Path("raw-script.md")}:13:1: error: The HTML tag <object> is not allowed");
    }

    [Fact]
    public void EventHandlerAttributesAreErrors()
    {
        Has($@"{Path("raw-handler.md")}:7:\d+: error: The attribute 'onclick' on <span> is an event handler");
        Has($@"{Path("raw-handler.md")}:9:\d+: error: The attribute 'onerror' on <img> is an event handler");
    }

    [Fact]
    public void JavascriptUrlsAreErrorsThatSayWhatIsWrong()
    {
        Has($@"{Path("raw-javascript.md")}:7:3: error: The link's target is a 'javascript:' URL: following it would run code");
        Has($@"{Path("raw-javascript.md")}:7:\d+: error: The 'href' of <a> is a 'javascript:' URL");
        Assert.DoesNotMatch(@"raw-javascript\.md:.*does not exist", build.Report);
    }

    [Fact]
    public void HarmlessHtmlLikeDetailsSummaryKbdSubSupAbbrAndBrIsAllowed() =>
        Assert.DoesNotContain("raw-allowed.md", build.Report, StringComparison.Ordinal);
}
