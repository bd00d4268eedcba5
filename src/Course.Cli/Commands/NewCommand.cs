using System.CommandLine;
using Course.Core.IO;
using Course.Web.Scaffolding;
using Course.Web.Site;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course new chapter &lt;slug&gt;</c> and <c>course new section &lt;chapter&gt;/&lt;slug&gt;</c>: the files of every language
/// from the theme's templates. Titles are given per language as <c>--title-&lt;lang&gt; "…"</c> (the languages come from
/// the course settings, so the options are read from the command line rather than declared).
/// </summary>
public static class NewCommand
{
    private static readonly Argument<string> ChapterSlug = new("slug") { Description = "The chapter's address, e.g. digital-evidence." };
    private static readonly Argument<string> SectionPath = new("chapter/slug") { Description = "The chapter and the section's address, e.g. offender/motives." };
    private static readonly Option<string?> After = new("--after") { Description = "The nav entry the chapter follows (default: the last chapter)." };

    public static Command Create()
    {
        var chapter = new Command("chapter", "Create a chapter (overview and quiz bank) in every language and add it to the course order. Titles: --title-kk \"…\" --title-ru \"…\".")
        {
            ChapterSlug, After, CommonOptions.Input, CommonOptions.Theme,
        };
        chapter.TreatUnmatchedTokensAsErrors = false;
        chapter.SetAction(parse => Run(parse, (options, settings, titles) =>
            CourseScaffold.NewChapter(options.InputRoot, options.ThemeRoot, settings, parse.GetValue(ChapterSlug)!, titles, parse.GetValue(After))));

        var section = new Command("section", "Create a section page in every language. Titles: --title-kk \"…\" --title-ru \"…\".")
        {
            SectionPath, CommonOptions.Input, CommonOptions.Theme,
        };
        section.TreatUnmatchedTokensAsErrors = false;
        section.SetAction(parse => Run(parse, (options, settings, titles) =>
        {
            string[] parts = parse.GetValue(SectionPath)!.Split('/');
            return parts.Length == 2
                ? CourseScaffold.NewSection(options.InputRoot, options.ThemeRoot, settings, parts[0], parts[1], titles)
                : ScaffoldResult.Failed($"'{parse.GetValue(SectionPath)}' is not <chapter>/<slug>. Write it as e.g. offender/motives.");
        }));

        return new Command("new", "Create a chapter or a section from the theme's templates.") { chapter, section };
    }

    private static int Run(ParseResult parse, Func<BuildOptions, CourseSettings, Dictionary<string, string>, ScaffoldResult> create)
    {
        BuildOptions options = CommonOptions.Read(parse);
        (CourseSettings? settings, var diagnostics) = CourseSettingsLoader.Load(options.InputRoot, options);
        if (settings is null)
        {
            diagnostics.ToList().ForEach(d => Console.Error.WriteLine(d));
            return ExitCodes.ContentErrors;
        }

        if (ReadTitles(parse.UnmatchedTokens) is not { } titles)
        {
            Console.Error.WriteLine($"error: unexpected '{string.Join(" ", parse.UnmatchedTokens)}'. Give titles as --title-<lang> \"…\" for {string.Join(", ", settings.Languages)}.");
            return ExitCodes.BadUsage;
        }

        ScaffoldResult result = create(options, settings, titles);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"error: {result.Error}");
            return ExitCodes.BadUsage;
        }

        foreach (string file in result.Created)
        {
            Console.WriteLine($"created {DisplayPaths.For(file)}");
        }

        Console.WriteLine("Next: write the text, then run 'course preview' (or 'course check').");
        return ExitCodes.Built;
    }

    /// <summary><c>--title-kk "…"</c> or <c>--title-kk=…</c> pairs; null when anything else is left over.</summary>
    public static Dictionary<string, string>? ReadTitles(IReadOnlyList<string> tokens)
    {
        const string prefix = "--title-";
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }

            string name = tokens[i][prefix.Length..];
            int equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                titles[name[..equals]] = name[(equals + 1)..];
            }
            else if (i + 1 < tokens.Count)
            {
                titles[name] = tokens[++i];
            }
            else
            {
                return null;
            }
        }

        return titles;
    }
}
