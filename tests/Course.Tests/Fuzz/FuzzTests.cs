using System.Globalization;
using System.Text;
using CsCheck;

namespace Course.Tests.Fuzz;

/// <summary>
/// Issue #11.9: real course files mutated (bytes, lines, YAML structure, Markdown nesting, raw HTML and
/// links, truncation, Unicode, repetition) and the whole build run in process: no unhandled exception, no
/// hang, and every diagnostic names a real file. The suite runs a fixed seed and 100 cases;
/// bench/fuzz/run.sh runs 10,000 (COURSE_FUZZ_CASES) and writes the counts (COURSE_FUZZ_REPORT).
/// </summary>
public class FuzzTests
{
    private const string Seed = "0N0XIzNsQ0O2";

    private static readonly Gen<FuzzCase> Cases = Gen.Select(
        Gen.Int[0, FuzzCourse.Targets.Length - 1],
        Gen.Enum<MutationKind>(),
        Gen.Int[0, int.MaxValue - 1],
        Gen.Int[1, 3],
        (target, kind, seed, count) => new FuzzCase(target, kind, seed, count));

    [Fact]
    public void MutatedCourseFilesNeverCrashTheBuildAndEveryDiagnosticNamesARealFile()
    {
        int cases = int.TryParse(Environment.GetEnvironmentVariable("COURSE_FUZZ_CASES"), CultureInfo.InvariantCulture, out int n) ? n : 100;
        string? report = Environment.GetEnvironmentVariable("COURSE_FUZZ_REPORT");
        double minutes = double.TryParse(Environment.GetEnvironmentVariable("COURSE_FUZZ_MINUTES"), CultureInfo.InvariantCulture, out double m) ? m : double.MaxValue;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var course = new FuzzCourse();
        var outcomes = new List<FuzzOutcome>();
        Cases.Sample(
            fuzzCase =>
            {
                if (clock.Elapsed.TotalMinutes > minutes)
                {
                    return; // the bench run's time budget is spent: the report counts the cases that ran
                }

                FuzzOutcome outcome = course.Run(fuzzCase);
                outcomes.Add(outcome);
                if (report is not null)
                {
                    // one line per case, so chunks run side by side can be summed (bench/fuzz/summarize.py)
                    // and a long run that is stopped still leaves its counts
                    File.AppendAllText(report + ".tsv", Line(outcome));
                }

                if (report is null && outcome.Failure is not null)
                {
                    throw new InvalidOperationException($"{fuzzCase}: {outcome.Failure}");
                }
            },
            seed: report is null ? Seed : null,
            iter: cases,
            threads: 1);

        if (report is not null)
        {
            File.WriteAllText(report, Summary(outcomes));
        }

        Assert.All(outcomes, o => Assert.True(o.Failure is null, $"{o.Case}: {o.Failure}"));
    }

    private static string Summary(List<FuzzOutcome> outcomes)
    {
        var text = new StringBuilder();
        FuzzOutcome slowest = outcomes.MaxBy(o => o.Elapsed)!;
        text.AppendLine(CultureInfo.InvariantCulture, $"cases: {outcomes.Count}");
        text.AppendLine(CultureInfo.InvariantCulture, $"unhandled exceptions: {outcomes.Count(o => o.Failure?.StartsWith("unhandled", StringComparison.Ordinal) == true)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"hangs (60 s): {outcomes.Count(o => o.Failure?.StartsWith("hung", StringComparison.Ordinal) == true)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"diagnostics without a real file: {outcomes.Count(o => o.Failure?.StartsWith("diagnostic", StringComparison.Ordinal) == true)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"cases over 5 s: {outcomes.Count(o => o.Elapsed > TimeSpan.FromSeconds(5))} wall clock, {outcomes.Count(o => o.Cpu > TimeSpan.FromSeconds(5))} CPU time");
        text.AppendLine(CultureInfo.InvariantCulture, $"cases with errors reported: {outcomes.Count(o => o.Diagnostics.Any(d => d.IsError))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"median: {Median(outcomes, o => o.Elapsed):0} ms wall clock, {Median(outcomes, o => o.Cpu):0} ms CPU");
        text.AppendLine(CultureInfo.InvariantCulture, $"slowest: {slowest.Elapsed.TotalMilliseconds:0} ms ({slowest.Case})");
        foreach (FuzzOutcome outcome in outcomes.OrderByDescending(o => o.Cpu).Take(10))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  CPU {outcome.Cpu.TotalMilliseconds:0} ms, wall {outcome.Elapsed.TotalMilliseconds:0} ms: {outcome.Case}");
        }

        foreach (IGrouping<MutationKind, FuzzOutcome> kind in outcomes.GroupBy(o => o.Case.Kind).OrderBy(g => g.Key))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {kind.Key}: {kind.Count()} cases, {kind.Count(o => o.Failure is not null)} failures, slowest {kind.Max(o => o.Elapsed.TotalMilliseconds):0} ms");
        }

        foreach (FuzzOutcome failure in outcomes.Where(o => o.Failure is not null).Take(20))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"FAIL {failure.Case}: {failure.Failure}");
        }

        return text.ToString();
    }

    private static string Line(FuzzOutcome o) => string.Create(CultureInfo.InvariantCulture,
        $"{o.Elapsed.TotalMilliseconds:0}\t{o.Cpu.TotalMilliseconds:0}\t{o.Diagnostics.Count(d => d.IsError)}\t{o.Case.Kind}\t{o.Case}\t{(o.Failure ?? "-").ReplaceLineEndings(" ")}\n");

    private static double Median(List<FuzzOutcome> outcomes, Func<FuzzOutcome, TimeSpan> time) =>
        outcomes.Select(o => time(o).TotalMilliseconds).Order().ElementAt(outcomes.Count / 2);
}
