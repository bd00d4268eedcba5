using System.Globalization;
using Course.Cli.Commands;
using Course.Core.Execution;
using Course.Core.IO;
using Course.Web.Print;
using Course.Web.Site;
using Microsoft.Playwright;

namespace Course.Cli.Printing;

/// <summary>
/// <c>course pdf</c>: builds the course in the index.html form into a temporary folder and prints each language's
/// print edition (kk/print/) with headless Chromium to <c>course-kk.pdf</c>: A4 as print.css sets it, page numbers
/// in the footer, the headings as PDF bookmarks. The build then finds the PDFs in that folder (<c>--pdf-dir</c>),
/// copies them into the site and links them with their size.
/// </summary>
public static class CoursePdf
{
    /// <summary>
    /// Debian's headless-only build of the same Chromium (package chromium-headless-shell) when it is installed,
    /// else the full browser (package chromium). Both print alike; the headless shell has no browser UI behind the
    /// page, so each page costs less CPU: the quiz browser tests 54–69 → 35–36 s of CPU, interleaved at load 20–24.
    /// </summary>
    public const string HeadlessShell = "/usr/bin/chromium-headless-shell";

    public const string FullChromium = "/usr/bin/chromium";

    public static string DefaultChromium => File.Exists(HeadlessShell) ? HeadlessShell : FullChromium;

    /// <summary>The environment variable that names another Chromium (the <c>--chromium</c> option wins).</summary>
    public const string ChromiumVariable = "COURSE_CHROMIUM";

    // Chromium fills .pageNumber and .totalPages; the template has no styles of the page, so it sets its own size.
    private const string Footer = "<div style=\"width:100%;font-size:9px;text-align:center;font-family:sans-serif\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>";

    // print.css numbers the pages when a reader prints from the browser; here the footer says "n / total" instead.
    private const string OneNumberPerPage = "@page { @bottom-center { content: none; } }";

    public static string ChromiumFromEnvironment() => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;

    public static async Task<int> RunAsync(BuildOptions options, string? language, string outputFolder, string chromium, TextWriter console, CancellationToken cancellationToken)
    {
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            // Playwright's protocol code needs reflection the native (AOT) binary does not have.
            console.WriteLine("error: the native course binary cannot drive Chromium. Fix: run 'dotnet run --project src/Course.Cli -- pdf'.");
            return ExitCodes.BadUsage;
        }

        if (!File.Exists(chromium))
        {
            console.WriteLine($"error: Chromium was not found at '{chromium}'; the PDF is printed with headless Chromium. Fix: install it (apt-get install chromium-headless-shell, or chromium), or pass --chromium PATH (or set {ChromiumVariable}).");
            return ExitCodes.BadUsage;
        }

        (CourseSettings? settings, var problems) = CourseSettingsLoader.Load(options.InputRoot, options);
        if (settings is null)
        {
            problems.ToList().ForEach(p => console.WriteLine(p));
            return ExitCodes.ContentErrors;
        }

        if (language is not null && !settings.Languages.Contains(language))
        {
            console.WriteLine($"error: '{language}' is not a language of the course ({string.Join(", ", settings.Languages)}).");
            return ExitCodes.BadUsage;
        }

        // No search index and no PDF folder: the print edition needs neither, and an old PDF must not print itself.
        BuildResult result = await CourseSite.BuildAsync(options with { UseIndexHtml = true, SkipSearchIndex = true, PdfFolder = null, Lms = false }, cancellationToken).ConfigureAwait(false);
        BuildReport.Print(result, console);
        if (!result.Succeeded)
        {
            console.WriteLine($"Build failed: {result.ErrorCount} error(s). No PDF was written.");
            return ExitCodes.ContentErrors;
        }

        DirectoryInfo site = Directory.CreateTempSubdirectory("course-pdf-");
        try
        {
            OutputCommitter.Commit(site.FullName, result.Files);
            Directory.CreateDirectory(outputFolder);
            IReadOnlyList<string> languages = language is null ? [.. settings.Languages] : [language];
            return await PrintAsync(site.FullName, languages, outputFolder, chromium, console).ConfigureAwait(false);
        }
        finally
        {
            site.Delete(recursive: true);
        }
    }

    private static async Task<int> PrintAsync(string site, IReadOnlyList<string> languages, string outputFolder, string chromium, TextWriter console)
    {
        using IPlaywright playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        IBrowser browser;
        try
        {
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
            }).ConfigureAwait(false);
        }
        catch (PlaywrightException exception)
        {
            console.WriteLine($"error: Chromium at '{chromium}' did not start: {exception.Message.Split('\n')[0]} Fix: check that it runs (chromium --headless --version), or pass --chromium PATH.");
            return ExitCodes.BadUsage;
        }

        await using (browser.ConfigureAwait(false))
        {
            foreach (string lang in languages)
            {
                IPage page = await browser.NewPageAsync().ConfigureAwait(false);
                string edition = Path.Combine(site, lang, "print", "index.html");
                await page.GotoAsync(new Uri(edition).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
                await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = OneNumberPerPage }).ConfigureAwait(false);
                await page.EvaluateAsync("() => document.fonts.ready.then(() => true)").ConfigureAwait(false);
                byte[] pdf = await page.PdfAsync(new PagePdfOptions
                {
                    PreferCSSPageSize = true,
                    PrintBackground = true,
                    DisplayHeaderFooter = true,
                    HeaderTemplate = "<span></span>",
                    FooterTemplate = Footer,
                    Outline = true,
                    Tagged = true,
                }).ConfigureAwait(false);
                await page.CloseAsync().ConfigureAwait(false);

                // Written beside and renamed: a reader of the folder never sees half a PDF.
                string file = Path.Combine(outputFolder, PrintDownloads.FileName(lang));
                await File.WriteAllBytesAsync(file + ".partial", pdf).ConfigureAwait(false);
                File.Move(file + ".partial", file, overwrite: true);
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {DisplayPaths.For(file)} ({pdf.Length / 1024} KB)"));
            }
        }

        console.WriteLine($"The next 'course build' (--pdf-dir {DisplayPaths.For(outputFolder)}) copies the PDF into the site and links it from every page with its size.");
        return ExitCodes.Built;
    }
}
