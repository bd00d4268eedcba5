using System.Text.RegularExpressions;
using Course.Tests.Support;
using Course.Web.Quizzes.Kinds;
using Course.Web.Quizzes.Parsing;

namespace Course.Tests.Quizzes;

/// <summary>The examples in docs/quizzes.md are what authors copy: they must parse cleanly.</summary>
public sealed partial class QuizDocsTests
{
    [Fact]
    public void The_documented_examples_parse_without_any_diagnostic()
    {
        string[] blocks = [.. YamlBlock().Matches(File.ReadAllText(Path.Combine(Repo.Root, "docs", "quizzes.md"))).Select(m => m.Groups[1].Value)];
        Assert.Equal(2, blocks.Length);

        QuizParseResult intro = QuizBankParser.Parse("intro", blocks[0]);
        QuizParseResult types = QuizBankParser.Parse("types", "questions:\n" + blocks[1]);

        Assert.Empty(intro.Diagnostics.Concat(types.Diagnostics).Select(d => d.ToString()));
        Assert.Equal(QuizKinds.All, types.Bank!.Questions.Select(q => q.Kind));
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
