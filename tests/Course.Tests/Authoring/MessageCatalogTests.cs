using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Course.Core.Diagnostics;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Messages;
using Course.Web.Site;

namespace Course.Tests.Authoring;

public partial class MessageCatalogTests(BrokenCourseBuilds builds) : IClassFixture<BrokenCourseBuilds>
{
    /// <summary>Words of English prose; a translated message keeps English only in quotes, code, paths and names.</summary>
    private static readonly FrozenSet<string> EnglishWords = FrozenSet.Create(StringComparer.Ordinal,
        "the", "is", "are", "not", "has", "have", "of", "and", "with", "must", "be", "this", "it", "to", "in", "or", "no",
        "an", "for", "from", "on", "at", "by", "as", "would", "can", "cannot", "does", "which", "there", "here", "add", "write",
        "use", "remove", "its", "one", "only", "every", "each", "file", "page", "link", "line", "question", "answer", "option",
        "item", "missing", "empty", "unknown", "text", "twice", "already", "did", "you", "mean", "needs", "allowed", "keep", "give");
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

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void EveryCatalogTextIsStillWrittenByTheGenerator(string language)
    {
        IReadOnlyList<string> pieces = SourceLiterals.Read(Path.Combine(Repo.Root, "src"));
        var stale = new List<string>();
        foreach ((string english, _) in Entries(language))
        {
            // the text between the values; a short one ("'", " of ") says nothing about the message it is in
            foreach (string fragment in Placeholder().Split(english).Where(f => f.Count(char.IsLetter) >= 3))
            {
                if (!SourceLiterals.Covers(pieces, fragment))
                {
                    stale.Add($"'{fragment}' of \"{english}\"");
                }
            }
        }

        Assert.True(stale.Count == 0, $"Catalog texts the generator no longer writes (reworded in code? update messages-{language}.yml):\n{string.Join("\n", stale)}");
    }

    [Fact]
    public void ACatalogTextTheGeneratorDoesNotWriteIsNoticed()
    {
        IReadOnlyList<string> pieces = SourceLiterals.Read(Path.Combine(Repo.Root, "src"));
        Assert.True(SourceLiterals.Covers(pieces, "Use lowercase ASCII letters, digits and '-' (e.g. #computer-crime): #"));
        Assert.True(SourceLiterals.Covers(pieces, "While parsing a block mapping, did not find expected key."));
        Assert.False(SourceLiterals.Covers(pieces, "The page has no title at all."));
        Assert.False(SourceLiterals.Covers(pieces, "' must be a whole number, not a fraction"));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void NoEntryIsHiddenByAnEarlierOne(string language)
    {
        MessageCatalog catalog = MessageCatalog.For(language);
        foreach ((string english, string translation) in Entries(language))
        {
            var values = Placeholder().Matches(english).Select(m => m.Value).Distinct().Select((name, i) => (name, value: $"v{i}")).ToList();
            string Fill(string text) => values.Aggregate(text, (t, v) => t.Replace(v.name, v.value, StringComparison.Ordinal));
            Assert.Equal(Fill(translation), catalog.Translate(Fill(english)));
        }
    }

    [Theory]
    [InlineData("kk", "option 2 of question 'budapest' must be a mapping with 'text:'", "'budapest' сұрағы, 2-нұсқа: 'text:' кілті бар жазба болуы керек")]
    [InlineData("ru", "unknown key 'explantion' in question 'x' is ignored (did you mean 'explanation' or 'question'?)", "вопрос 'x': неизвестный ключ 'explantion' пропущен (может быть, 'explanation' или 'question'?)")]
    [InlineData("ru", "Broken YAML in the front matter: While scanning a simple key, could not find expected ':'.", "Ошибка YAML во вводном блоке: После ключа не найдено ожидаемое ':'.")]
    [InlineData("kk", "Unknown front matter key 'question'; it is ignored.", "Алдыңғы блоктағы 'question' кілті белгісіз; ол ескерілмейді.")]
    [InlineData("kk", "A message the catalog does not know.", "A message the catalog does not know.")]
    public void PhrasesTheGeneratorBuiltAreTranslatedInsideAMessageAndTheAuthorsValuesAreNot(string language, string english, string translated) =>
        Assert.Equal(translated, MessageCatalog.For(language).Translate(english));

    [Fact]
    public void TheEnglishDetectorFindsEveryEnglishMessage()
    {
        var silent = builds.Content["en"].Diagnostics.Concat(builds.Settings["en"].Diagnostics)
            .Where(d => EnglishIn(d.Message).Count == 0).Select(d => d.ToString()).ToList();
        Assert.True(silent.Count == 0, "English messages the detector misses:\n" + string.Join("\n", silent));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void EveryMessageOfABrokenCourseIsTranslatedAtTheSamePlace(string language)
    {
        foreach (var results in new[] { builds.Content, builds.Settings })
        {
            IReadOnlyList<Diagnostic> english = results["en"].Diagnostics;
            IReadOnlyList<Diagnostic> translated = results[language].Diagnostics;
            Assert.True(english.Count >= 10, $"only {english.Count} diagnostics");
            Assert.Equal(Places(english), Places(translated));
            var untranslated = translated
                .Where(d => EnglishIn(d.Message).Count > 0 || (d.Fix is { } fix && EnglishIn(fix).Count > 0))
                .Select(d => $"{d} [{string.Join(" ", EnglishIn(d.Message).Concat(EnglishIn(d.Fix ?? "")))}]").ToList();
            Assert.True(untranslated.Count == 0, $"{untranslated.Count} of {translated.Count} messages keep English prose:\n{string.Join("\n", untranslated)}");
        }
    }

    [Fact]
    public async Task ABrokenCourseSettingsFileIsReportedInTheLanguageItAsksFor()
    {
        using var course = new TempFolder();
        string input = MiniCourse.CopyTo(course.Path);
        File.AppendAllText(Path.Combine(input, "course.yml"), "\nmessages: ru\npassMark: 0\n");

        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(input, Repo.Theme), TestContext.Current.CancellationToken);

        Diagnostic passMark = Assert.Single(result.Diagnostics);
        Assert.Equal("Проходной балл '0' – не целое число процентов от 1 до 100.", passMark.Message);
        Assert.EndsWith("course.yml", passMark.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk", "error: '{0}' шығыс қалтасы – '{0}' бастапқы қалтасының өзі; онда құрастыру курсты қайта жазып не өшіріп жіберер еді.", "Ештеңе жазылған да, өшірілген де жоқ.")]
    [InlineData("ru", "error: Папка вывода '{0}' – это сама папка исходников '{0}'; сборка в неё перезаписала бы или удалила курс.", "Ничего не записано и не удалено.")]
    public async Task TheRefusedOutputFolderIsExplainedInTheAuthorsLanguage(string language, string refusal, string nothingDone)
    {
        using var course = new TempFolder();
        string input = MiniCourse.CopyTo(course.Combine("input"));
        var console = new StringWriter();

        int exit = await Course.Cli.Commands.BuildCommand.RunAsync(new BuildOptions(input, Repo.Theme, Messages: language), input, console, TestContext.Current.CancellationToken);

        Assert.Equal(Course.Cli.Commands.ExitCodes.BadUsage, exit);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, refusal, Course.Core.IO.DisplayPaths.For(input)), console.ToString(), StringComparison.Ordinal);
        Assert.Contains(nothingDone, console.ToString(), StringComparison.Ordinal);
    }

    private static List<string> Places(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Severity} {d.File}:{d.Line}:{d.Column}").Order(StringComparer.Ordinal)];

    /// <summary>English prose words left in a text once quotes, code, tags, paths and values are taken out.</summary>
    private static List<string> EnglishIn(string text) =>
        [.. Word().Matches(CodeList().Replace(Quoted().Replace(text, " "), " ")).Select(m => m.Value).Where(w => EnglishWords.Contains(w.ToLowerInvariant()))];

    private static IEnumerable<(string English, string Translation)> Entries(string language)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repo.Root, "src", "Course.Web", "Messages", $"messages-{language}.yml"))));
        foreach (var entry in ((YamlDotNet.RepresentationModel.YamlSequenceNode)yaml.Documents[0].RootNode).Children.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>())
        {
            yield return (entry["en"].ToString(), entry["to"].ToString());
        }
    }

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"'[^'\n]*'|`[^`]*`|""[^""]*""|<[^>\n]*>|\{[^}\n]*\}")]
    private static partial Regex Quoted();

    /// <summary>Lists of names ("id, type, question"), menu paths ("File → Save with Encoding").</summary>
    [GeneratedRegex(@"[A-Za-z][\w-]*(?:, [A-Za-z][\w-]*)+|[A-Z][\w ]*(?: → [\w -]+)+")]
    private static partial Regex CodeList();

    [GeneratedRegex(@"(?<![\w./#:=@\\-])[A-Za-z]{2,}(?![\w./#:=@\\-])")]
    private static partial Regex Word();
}
