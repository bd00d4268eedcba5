using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Course.Core.Execution;
using Course.Core.IO;
using Course.Web.Languages;
using Course.Web.Search.Stemming;
using Course.Web.Site;

// course-profile INPUT THEME [OUTPUT] (env WARM=n: n warm-up builds first): one build in-process; prints the time of every pipeline
// phase, the output commit, allocations and peak memory. Phases of different pipelines overlap
// (the engine runs independent phases concurrently), so their times do not add up to the total.
// With OUTPUT it also writes the site and times two suspects of the search index step in
// isolation: stemming every word of the course, and gzip at the smallest size of the index files.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: course-profile INPUT THEME [OUTPUT]");
    return 2;
}

var options = new BuildOptions(Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));

// WARM=n builds n times first: the measured build then runs fully jitted code, which separates the
// cost of the work from the cost of start-up and tiered compilation.
for (int i = 0; i < int.Parse(Environment.GetEnvironmentVariable("WARM") ?? "0", CultureInfo.InvariantCulture); i++)
{
    await CourseSite.BuildAsync(options).ConfigureAwait(false);
}

var total = Stopwatch.StartNew();
BuildResult result = await CourseSite.BuildAsync(options).ConfigureAwait(false);
TimeSpan build = total.Elapsed;
CultureInfo inv = CultureInfo.InvariantCulture;
foreach (PhaseTiming t in result.Timings.OrderByDescending(t => t.Elapsed))
{
    Console.WriteLine(string.Create(inv, $"{t.Elapsed.TotalSeconds,8:0.000} s  {t.Pipeline}/{t.Phase} ({t.Documents} documents)"));
}

Console.WriteLine(string.Create(inv, $"{build.TotalSeconds,8:0.000} s  build in process ({result.ErrorCount} errors, {result.Files.Count} files, {result.Files.Sum(f => (long)(f.Bytes?.Length ?? 0)) / 1048576.0:0.0} MiB of output)"));
if (args.Length > 2)
{
    var commit = Stopwatch.StartNew();
    CommitStats stats = OutputCommitter.Commit(Path.GetFullPath(args[2]), result.Files);
    Console.WriteLine(string.Create(inv, $"{commit.Elapsed.TotalSeconds,8:0.000} s  output commit ({stats.Written} written)"));
    foreach (CourseLanguage language in CourseLanguages.All.Where(l => Directory.Exists(Path.Combine(args[0], l.Code))))
    {
        string lang = language.Code;
        string[] words = Directory.EnumerateFiles(Path.Combine(args[0], lang), "*.md", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('.', ',', ';', ':', '(', ')', '«', '»', '"').ToLowerInvariant()).Where(w => w.Length > 0).ToArray();
        IStemmer stemmer = language.Stemmer;
        var stem = Stopwatch.StartNew();
        int distinct = words.Select(stemmer.Stem).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine(string.Create(inv, $"{stem.Elapsed.TotalSeconds,8:0.000} s  {lang}: stemming {words.Length} words one by one ({distinct} distinct stems)"));
        string index = Path.Combine(args[2], "search", lang, "index.js");
        if (File.Exists(index))
        {
            byte[] bytes = File.ReadAllBytes(index);
            var zip = Stopwatch.StartNew();
            using var sink = new MemoryStream();
            using (var gzip = new GZipStream(sink, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(bytes);
            }

            Console.WriteLine(string.Create(inv, $"{zip.Elapsed.TotalSeconds,8:0.000} s  {lang}: gzip (smallest size) of search/{lang}/index.js, {bytes.Length / 1024} KiB -> {sink.Length / 1024} KiB"));
        }
    }
}

using Process self = Process.GetCurrentProcess();
Console.WriteLine(string.Create(inv, $"allocated {GC.GetTotalAllocatedBytes() / 1048576.0:0} MiB, peak working set {self.PeakWorkingSet64 / 1048576.0:0} MiB, GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
return result.Succeeded ? 0 : 1;
