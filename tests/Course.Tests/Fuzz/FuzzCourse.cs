using System.Diagnostics;
using Course.Core.Diagnostics;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Fuzz;

/// <summary>
/// The mini course on disk, one file of it mutated per case and built in process (the whole build, search
/// index included); the file is put back afterwards. Not thread-safe: one case at a time.
/// </summary>
public sealed class FuzzCourse : IDisposable
{
    /// <summary>The real files the cases mutate: pages, a chapter overview, a quiz bank, the definitions section, the course settings.</summary>
    public static readonly string[] Targets =
    [
        "kk/concepts/definition.md", "ru/concepts/definition.md", "kk/concepts/index.md", "kk/index.md",
        "kk/concepts/quiz.yml", "ru/concepts/quiz.yml", "kk/glossary.md", "ru/glossary.md", "course.yml",
    ];

    private readonly TempFolder temp = new();

    public FuzzCourse() => Input = MiniCourse.CopyTo(temp.Combine("input"));

    public string Input { get; }

    /// <summary>Builds with the case's mutation applied; the outcome says what went wrong, if anything.</summary>
    public FuzzOutcome Run(FuzzCase fuzzCase)
    {
        string path = Path.Combine(Input, FuzzCourse.Targets[fuzzCase.Target]);
        byte[] original = File.ReadAllBytes(path);
        File.WriteAllBytes(path, Mutator.Apply(original, fuzzCase.Kind, new Random(fuzzCase.Seed), fuzzCase.Count));
        var stopwatch = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime - cpu;
        try
        {
            Task<BuildResult> build = CourseSite.BuildAsync(new BuildOptions(Input, Repo.Theme));
            if (!build.Wait(TimeSpan.FromSeconds(60)))
            {
                return new FuzzOutcome(fuzzCase, stopwatch.Elapsed, Cpu(), "hung for 60 s", []);
            }

            BuildResult result = build.Result;
            var problems = result.Diagnostics.Where(d => !NamesARealFile(d) || d.Message.Contains("bug in the generator", StringComparison.Ordinal) || d.Message.Contains("not caused by a file", StringComparison.Ordinal)).ToList();
            return new FuzzOutcome(fuzzCase, stopwatch.Elapsed, Cpu(), problems.Count == 0 ? null : "diagnostic without a real file: " + problems[0], result.Diagnostics);
        }
        catch (Exception exception)
        {
            return new FuzzOutcome(fuzzCase, stopwatch.Elapsed, Cpu(), "unhandled " + exception.GetBaseException().GetType().Name + ": " + exception.GetBaseException().Message, []);
        }
        finally
        {
            File.WriteAllBytes(path, original);
        }
    }

    public void Dispose() => temp.Dispose();

    private static bool NamesARealFile(Diagnostic diagnostic)
    {
        string file = Path.GetFullPath(diagnostic.File, Environment.CurrentDirectory);
        return File.Exists(file) || Directory.Exists(file);
    }
}
