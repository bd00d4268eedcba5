using Course.Cli.Check;
using Course.Cli.Commands;
using Course.Core.IO;
using Course.Tests.Browser;
using Course.Tests.Support;
using Course.Web.Site;
using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;

namespace Course.Tests.Authoring;

/// <summary>
/// The browser editor end to end: the course's /admin/ (Decap CMS, built from the course) against decap-server on a
/// temporary copy of the course; what the author saves must land in the course's files.
/// </summary>
[Collection(BrowserCollection.Name)]
public class EditorBrowserTests(BrowserFixture browser)
{
    private sealed record Session(TempFolder Repository, DecapServer Decap, StaticSiteServer Site) : IAsyncDisposable
    {
        public string Input => Repository.Combine("input");

        public async ValueTask DisposeAsync()
        {
            Site.Dispose();
            await Decap.DisposeAsync();
            Repository.Dispose();
        }
    }

    private async Task<Session> StartAsync()
    {
        browser.Require();
        Assert.True(File.Exists(DecapServer.Script), "decap-server is not installed: run 'npm ci --prefix theme/admin'.");
        var repository = new TempFolder();
        TempFolder.Copy(Repo.Input, repository.Combine("input"));
        string output = repository.Combine("output");
        int exit = await BuildCommand.RunAsync(new BuildOptions(repository.Combine("input"), Repo.Theme), output, TextWriter.Null, TestContext.Current.CancellationToken);
        Assert.Equal(0, exit);

        DecapServer decap = await DecapServer.StartAsync(repository.Path, TestContext.Current.CancellationToken);
        string config = Path.Combine(output, "admin", "config.yml");
        string text = File.ReadAllText(config);
        Assert.Contains("\"local_backend\": true", text, StringComparison.Ordinal);
        File.WriteAllText(config, text.Replace("\"local_backend\": true", $"\"local_backend\": {{ \"url\": \"{decap.ApiUrl}\" }}", StringComparison.Ordinal));
        // The editor is served under netlify.toml's /admin/ policy; the test only adds the local decap-server to connect-src.
        string policy = AdminPolicy().Replace("connect-src 'self'", "connect-src 'self' " + new Uri(decap.ApiUrl).GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);
        return new Session(repository, decap, new StaticSiteServer(output, policyFor: path => path.StartsWith("admin/", StringComparison.Ordinal) ? policy : null));
    }

    private async Task<IPage> OpenAdminAsync(Session session, string hash)
    {
        IPage page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        page.SetDefaultTimeout(90_000);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync(session.Site.BaseUrl + "admin/" + hash, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        cspViolations = errors;
        await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync();
        return page;
    }

    private static async Task PublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).First.ClickAsync();
        await page.GetByText("Publish now").ClickAsync();
        await page.GetByText("Published", new() { Exact = true }).First.WaitForAsync();
    }

    [Fact]
    public async Task AKazakhSectionEditedInTheBrowserIsSavedToItsFileWithItsFrontMatterAndTheRussianTwinIsListedBesideIt()
    {
        await using Session session = await StartAsync();
        string file = Path.Combine(session.Input, "kk", "offender", "portrait.md");
        (Dictionary<string, object?> before, _) = YamlValues.ReadMapping(YamlJson.FrontMatterOf(File.ReadAllText(file)));

        IPage page = await OpenAdminAsync(session, "");
        ILocator kazakh = page.GetByRole(AriaRole.Link).Filter(new() { HasText = "(kk)" });
        ILocator collections = page.GetByRole(AriaRole.Link).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"\((kk|ru)\)$") });
        await kazakh.First.WaitForAsync();
        string[] names = [.. await collections.AllInnerTextsAsync()];
        int kk = Array.FindIndex(names, n => n.Contains("тұлғасы (kk)", StringComparison.Ordinal));
        // The Russian twin's collection sits right beside it, labelled with the Russian chapter title.
        (Dictionary<string, object?> russianChapter, _) = YamlValues.ReadMapping(YamlJson.FrontMatterOf(File.ReadAllText(Path.Combine(session.Input, "ru", "offender", "index.md"))));
        Assert.True(kk >= 0 && names[kk + 1] == $"{russianChapter["title"]} (ru)", string.Join(" | ", names));

        await page.GetByText(names[kk], new() { Exact = true }).ClickAsync();
        await page.GetByText("Киберқылмыскердің портреті").First.ClickAsync();

        // The preview shows the page as the build renders it: fixed heading ids, titled boxes.
        IFrameLocator preview = page.FrameLocator("#preview-pane");
        ILocator age = preview.Locator("[data-editor-preview] h2#age");
        await Assertions.Expect(age).ToHaveTextAsync("1. Жасы");
        Assert.DoesNotContain("{#", await preview.Locator("[data-editor-preview]").InnerTextAsync(), StringComparison.Ordinal);
        ILocator box = preview.Locator("[data-editor-preview] .markdown-alert-important");
        await Assertions.Expect(box.Locator(".markdown-alert-title")).ToHaveTextAsync("Маңызды");
        Assert.DoesNotContain("[!", await box.InnerTextAsync(), StringComparison.Ordinal);

        ILocator body = page.Locator("[contenteditable='true']").First;
        await body.GetByText("Белгілі бір қылмыс түріне", new() { Exact = false }).First.ClickAsync();
        await page.Keyboard.PressAsync("Home");
        // One input event: typed key by key, the editor re-renders after the first key and moves the caret.
        await page.Keyboard.InsertTextAsync("Браузерде өңделген сөйлем. ");
        await Assertions.Expect(body).ToContainTextAsync("Браузерде өңделген сөйлем.");
        await Assertions.Expect(page.GetByText("Unsaved changes", new() { Exact = false }).First).ToBeVisibleAsync();
        await PublishAsync(page);

        string saved = File.ReadAllText(file);
        Assert.Contains("Браузерде өңделген сөйлем. ", saved, StringComparison.Ordinal);
        (Dictionary<string, object?> after, _) = YamlValues.ReadMapping(YamlJson.FrontMatterOf(saved));
        foreach (string key in new[] { "title", "description", "order" })
        {
            Assert.Equal(YamlValues.Format(before[key]), YamlValues.Format(after[key]));
        }

        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("## Портрет не үшін қажет", saved, StringComparison.Ordinal);
        Assert.Empty(cspViolations);
    }

    [Fact]
    public async Task AQuestionAddedToAQuizBankInTheBrowserIsSavedAndTheCourseStillBuilds()
    {
        await using Session session = await StartAsync();
        string bank = Path.Combine(session.Input, "kk", "offender", "quiz.yml");
        int questionsBefore = Questions(File.ReadAllText(bank)).Children.Count;

        IPage page = await OpenAdminAsync(session, "#/collections/quizzes/entries/offender-kk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add questions" }).Last.ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "True or false" }).ClickAsync();
        await page.GetByLabel("Id (ASCII, the same in every language)").Last.FillAsync("browser-added");
        await page.GetByLabel("Question", new() { Exact = true }).Last.FillAsync("Инсайдер – ұйымның ішінде жұмыс істейтін адам.");
        await page.GetByLabel("Section that teaches it").Last.FillAsync("offender/approaches");
        await page.GetByLabel("Explanation", new() { Exact = true }).Last.FillAsync("Дұрыс: инсайдер жүйенің ішінде жұмыс істейді.");
        await page.GetByLabel("The statement is true").Last.ClickAsync();
        await PublishAsync(page);

        YamlSequenceNode questions = Questions(File.ReadAllText(bank));
        Assert.Equal(questionsBefore + 1, questions.Children.Count);
        var added = (YamlMappingNode)questions.Children.Single(q => ((YamlMappingNode)q).Children[new YamlScalarNode("id")].ToString() == "browser-added");
        Assert.Equal("truefalse", added.Children[new YamlScalarNode("type")].ToString());
        Assert.Equal("true", added.Children[new YamlScalarNode("answer")].ToString());
        Assert.Empty(cspViolations);

        // The course still builds (every check of the build, in memory); the new question is seen: it has no Russian twin yet.
        var console = new StringWriter();
        int exit = await CheckCommand.RunAsync(new BuildOptions(session.Input, Repo.Theme), DiagnosticFormat.Text, console, TestContext.Current.CancellationToken);
        Assert.True(exit == 0, console.ToString());
        Assert.Contains("question 'browser-added' is missing from", console.ToString(), StringComparison.Ordinal);
    }

    private static YamlSequenceNode Questions(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("questions")];
    }

    private List<string> cspViolations = [];

    /// <summary>The Content-Security-Policy netlify.toml gives /admin/*.</summary>
    private static string AdminPolicy()
    {
        string toml = File.ReadAllText(Path.Combine(Repo.Root, "netlify.toml"));
        int block = toml.IndexOf("for = \"/admin/*\"", StringComparison.Ordinal);
        Assert.True(block > 0, "netlify.toml has no /admin/* headers");
        int start = toml.IndexOf("Content-Security-Policy = \"", block, StringComparison.Ordinal) + "Content-Security-Policy = \"".Length;
        return toml[start..toml.IndexOf('"', start)];
    }

}
