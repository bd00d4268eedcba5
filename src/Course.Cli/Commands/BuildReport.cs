using System.Globalization;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web;

namespace Course.Cli.Commands;

/// <summary>The short summary a build prints: diagnostics, pages per language, search index sizes, warnings, time.</summary>
public static class BuildReport
{
    public static void Print(BuildResult result, TextWriter console)
    {
        PrintDetails(result, console);
        PrintSummary(result, console);
    }

    /// <summary>Diagnostics, pages per language and notes: everything but the closing count, which waits until the site is written.</summary>
    public static void PrintDetails(BuildResult result, TextWriter console)
    {
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            console.WriteLine(diagnostic.ToString());
        }

        IEnumerable<Document> pages = result.Files.Count == 0 ? [] : result.ProcessOutputs.Where(kv => kv.Key != "Inputs").SelectMany(kv => kv.Value).Where(d => d.Destination?.EndsWith(".html", StringComparison.Ordinal) == true && d.Has(CourseKeys.Lang));
        foreach (IGrouping<string, Document> group in pages.GroupBy(d => d.GetString(CourseKeys.Lang)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int words = group.Sum(d => d.Get<int>(CourseKeys.Words));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key}: {group.Count()} pages, {words} words"));
        }

        foreach (string line in result.Notes)
        {
            console.WriteLine(line);
        }
    }

    public static void PrintSummary(BuildResult result, TextWriter console)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.ErrorCount} error(s), {result.WarningCount} warning(s), {result.Elapsed.TotalSeconds:0.00} s"));
        if (Environment.GetEnvironmentVariable("COURSE_TIMINGS") == "1")
        {
            PrintTimings(result, console);
        }
    }

    public static void PrintTimings(BuildResult result, TextWriter console)
    {
        foreach (PhaseTiming timing in result.Timings.OrderByDescending(t => t.Elapsed))
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Pipeline,-12} {timing.Phase,-12} {timing.Elapsed.TotalMilliseconds,8:0.0} ms {timing.Documents,6} docs"));
        }
    }

}
