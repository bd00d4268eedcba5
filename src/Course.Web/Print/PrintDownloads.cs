using System.Collections.Immutable;
using Course.Web.Languages;

namespace Course.Web.Print;

/// <summary>
/// The PDF of each language's print edition, when <c>course pdf</c> has made one in the PDF folder: the
/// build copies it into the site (kk/course-kk.pdf) and the pages link to it with its size. No PDF, no link.
/// </summary>
public sealed class PrintDownloads
{
    private readonly ImmutableDictionary<string, (string File, long Bytes)> pdfs;

    private PrintDownloads(ImmutableDictionary<string, (string File, long Bytes)> pdfs) => this.pdfs = pdfs;

    public static PrintDownloads None { get; } = new(ImmutableDictionary<string, (string, long)>.Empty);

    public static PrintDownloads Find(string? folder, IEnumerable<string> languages)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            return None;
        }

        var found = ImmutableDictionary.CreateBuilder<string, (string File, long Bytes)>(StringComparer.Ordinal);
        foreach (string lang in languages)
        {
            var file = new FileInfo(Path.Combine(folder, FileName(lang)));
            if (file.Exists && file.Length > 0)
            {
                found[lang] = (file.FullName, file.Length);
            }
        }

        return new PrintDownloads(found.ToImmutable());
    }

    /// <summary>The print edition's translation key: the same in every language, like a page's.</summary>
    public const string PrintKey = "print";

    /// <summary>course-kk.pdf: the name <c>course pdf</c> writes and the site serves.</summary>
    public static string FileName(string lang) => $"course-{lang}.pdf";

    /// <summary>kk/course-kk.pdf.</summary>
    public static string SitePath(string lang) => lang + "/" + FileName(lang);

    /// <summary>The print edition's site path: kk/print/.</summary>
    public static string PrintUrlPath(string lang) => lang + "/print/";

    public bool TryGetPdf(string lang, out string file, out long bytes)
    {
        bool found = pdfs.TryGetValue(lang, out (string File, long Bytes) pdf);
        (file, bytes) = pdf;
        return found;
    }

    /// <summary>The size as readers write it: 1,4 (in megabytes, one decimal), or 0,1 at least.</summary>
    public static string Megabytes(long bytes, string lang) => CourseLanguages.Get(lang).Numbers.Format(Math.Max(0.1, Math.Round(bytes / 1048576.0, 1)));
}
