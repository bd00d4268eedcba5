using System.CommandLine;
using Course.Core.IO;
using Course.Web.Site;
using Course.Web.Translations;

namespace Course.Cli.Commands;

/// <summary><c>course translations status|stamp</c>: what is missing or stale, and recording which source version a translation follows.</summary>
public static class TranslationsCommand
{
    public static Command Create()
    {
        var status = new Command("status", "List missing and stale translations; exits with 1 when there are any.") { CommonOptions.Input };
        status.SetAction(parse => Status(CommonOptions.Read(parse), Console.Out));
        var stamp = new Command("stamp", "Record in every translation the hash of its source page as it is now.") { CommonOptions.Input };
        stamp.SetAction(parse => Stamp(CommonOptions.Read(parse), Console.Out));
        return new Command("translations", "Translation status of the course.") { status, stamp };
    }

    public static int Status(BuildOptions options, TextWriter console)
    {
        (CourseSettings? settings, var diagnostics) = CourseSettingsLoader.Load(options.InputRoot, options);
        if (settings is null)
        {
            diagnostics.ToList().ForEach(d => console.WriteLine(d));
            return ExitCodes.ContentErrors;
        }

        TranslationStatus status = TranslationStatus.Compute(options.InputRoot, settings);
        foreach (IGrouping<string, TranslationItem> lang in status.Items.GroupBy(i => i.Lang))
        {
            int Count(string kind, TranslationState state) => lang.Count(i => i.Kind == kind && i.State == state);
            console.WriteLine($"{lang.Key}: pages {lang.Count(i => i.Kind == "page")} ({Count("page", TranslationState.Missing)} missing, {Count("page", TranslationState.Stale)} stale); definitions missing {Count("definition", TranslationState.Missing)}; quiz questions missing {Count("question", TranslationState.Missing)}");
        }

        foreach (TranslationItem item in status.Problems)
        {
            console.WriteLine($"  {item.Lang} {item.State.ToString().ToLowerInvariant()} {item.Kind}: {item.Key} ({DisplayPaths.For(item.TranslationFile ?? item.SourceFile)})");
        }

        return status.Problems.Any() ? ExitCodes.ContentErrors : ExitCodes.Built;
    }

    public static int Stamp(BuildOptions options, TextWriter console)
    {
        (CourseSettings? settings, _) = CourseSettingsLoader.Load(options.InputRoot, options);
        if (settings is null)
        {
            return ExitCodes.ContentErrors;
        }

        IReadOnlyList<string> stamped = TranslationStatus.Stamp(options.InputRoot, settings);
        console.WriteLine($"Stamped {stamped.Count} translation(s).");
        return ExitCodes.Built;
    }
}
