using System.CommandLine;
using Course.Web.Site;

namespace Course.Cli.Commands;

/// <summary>Options shared by the commands that build.</summary>
public static class CommonOptions
{
    public static readonly Option<string> Input = new("--input") { Description = "The course folder.", DefaultValueFactory = _ => "input" };
    public static readonly Option<string> Output = new("--output") { Description = "Where the site is written.", DefaultValueFactory = _ => "output" };
    public static readonly Option<string> Theme = new("--theme") { Description = "The theme folder.", DefaultValueFactory = _ => "theme" };
    public static readonly Option<bool> IndexHtml = new("--index-html") { Description = "Write every page link with index.html (for file:// and LMS players)." };
    public static readonly Option<bool> Serial = new("--serial") { Description = "Run the pipeline phases one at a time." };
    public static readonly Option<bool> NoSearchIndex = new("--no-search-index") { Description = "Skip the search index (benchmarks against generators without search)." };
    public static readonly Option<bool> Force = new("--force") { Description = "Write into a non-empty output folder the generator did not make (files it did not write are kept)." };
    public static readonly Option<string> PdfDir = new("--pdf-dir") { Description = "Where 'course pdf' keeps course-<lang>.pdf; the build copies them into the site and links them.", DefaultValueFactory = _ => "pdf" };
    public static readonly Option<string?> Messages = CreateMessages();
    public static readonly Option<bool> StrictTranslations = new("--strict-translations") { Description = "Fail on missing or stale translations (for CI)." };

    /// <summary>
    /// The output folder, or null after saying why it may not be used (exit code 2): never the course,
    /// the theme, a folder around them, a repository or a folder the generator did not make.
    /// </summary>
    public static string? CheckedOutput(string output, BuildOptions options, bool force, TextWriter error)
    {
        string? refusal = Core.IO.OutputFolderGuard.Refusal(output, [options.InputRoot, options.ThemeRoot], [CourseSettingsLoader.FileName], force);
        if (refusal is null)
        {
            return Core.IO.OutputFolderGuard.Resolve(output);
        }

        // the course's settings may be broken: then the refusal stays in English unless --messages says otherwise
        var catalog = Web.Messages.MessageCatalog.For(options.Messages ?? CourseSettingsLoader.Load(options.InputRoot, options).Settings?.Messages ?? Web.Messages.MessageCatalog.English);
        error.WriteLine($"error: {catalog.Translate(refusal)}");
        error.WriteLine(catalog.Translate("Nothing was written or deleted."));
        return null;
    }

    public static BuildOptions Read(ParseResult parse) => new(
        Path.GetFullPath(parse.GetValue(Input) ?? "input"),
        Path.GetFullPath(parse.GetValue(Theme) ?? "theme"),
        UseIndexHtml: parse.GetValue(IndexHtml),
        Serial: parse.GetValue(Serial),
        StrictTranslations: parse.GetValue(StrictTranslations),
        SkipSearchIndex: parse.GetValue(NoSearchIndex),
        PdfFolder: parse.GetResult(PdfDir) is null && !parse.CommandResult.Command.Options.Contains(PdfDir) ? null : Path.GetFullPath(parse.GetValue(PdfDir) ?? "pdf"),
        Messages: parse.CommandResult.Command.Options.Contains(Messages) ? parse.GetValue(Messages) : null);

    private static Option<string?> CreateMessages()
    {
        var option = new Option<string?>("--messages") { Description = "The language of messages to authors: en, kk or ru (default: 'messages:' in course.yml, else en)." };
        option.AcceptOnlyFromAmong([.. Web.Messages.MessageCatalog.Languages.Order(StringComparer.Ordinal)]);
        return option;
    }
}
