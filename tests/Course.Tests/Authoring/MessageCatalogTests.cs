using System.Text.RegularExpressions;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Messages;
using Course.Web.Site;

namespace Course.Tests.Authoring;

public partial class MessageCatalogTests
{
    private static async Task<BuildResult> BuildBrokenAsync(TempFolder course, string? messages, string? setting = null)
    {
        TempFolder.Copy(Repo.Input, course.Path);
        File.WriteAllText(course.Combine("kk", "offender", "portrait.md"), "---\ntitle: [a, b]\ndescription: x\norder: abc\ntitel: y\n---\n\nText.\n");
        if (setting is not null)
        {
            File.AppendAllText(course.Combine("course.yml"), $"\nmessages: {setting}\n");
        }

        return await CourseSite.BuildAsync(new BuildOptions(course.Path, Repo.Theme, Messages: messages), TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("kk", null, "'order' бүтін сан болуы керек, ал мұнда: 'abc'.", "Алдыңғы блоктағы 'titel' кілті белгісіз")]
    [InlineData("ru", null, "'order' должно быть целым числом, а здесь: 'abc'.", "Неизвестный ключ вводного блока 'titel'")]
    [InlineData(null, "kk", "'order' бүтін сан болуы керек, ал мұнда: 'abc'.", "Алдыңғы блоктағы 'titel' кілті белгісіз")]
    [InlineData(null, null, "'order' must be a whole number, not 'abc'.", "Unknown front matter key 'titel'")]
    public async Task MessagesComeInTheAuthorsLanguageAtTheSamePlace(string? option, string? setting, string error, string warning)
    {
        using var course = new TempFolder();
        BuildResult result = await BuildBrokenAsync(course, option, setting);

        var order = result.Diagnostics.Single(d => d.IsError && d.Line == 4);
        Assert.Equal((4, 8), (order.Line, order.Column));
        Assert.EndsWith("portrait.md", order.File, StringComparison.Ordinal);
        Assert.Equal(error, order.Message);
        Assert.False(string.IsNullOrEmpty(order.Fix));
        Assert.Contains(result.Diagnostics, d => !d.IsError && d.Line == 5 && d.Message.StartsWith(warning, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void EveryTranslationUsesOnlyThePlaceholdersOfItsEnglishText(string language)
    {
        string file = Path.Combine(Repo.Root, "src", "Course.Web", "Messages", $"messages-{language}.yml");
        string[] lines = File.ReadAllLines(file);
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("- en: ", StringComparison.Ordinal))
            {
                continue;
            }

            string[] english = [.. Placeholder().Matches(lines[i]).Select(m => m.Value).Order(StringComparer.Ordinal)];
            string[] translated = [.. Placeholder().Matches(lines[i + 1]).Select(m => m.Value).Order(StringComparer.Ordinal)];
            Assert.True(english.SequenceEqual(translated), $"{file}:{i + 1}: {string.Join(",", english)} vs {string.Join(",", translated)}");
        }

        Assert.NotEqual("The page has no title.", MessageCatalog.For(language).Translate("The page has no title."));
    }

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();
}
