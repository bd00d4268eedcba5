using System.Text.RegularExpressions;

namespace Course.Tests.Support;

/// <summary>Reads a written site: pages, their internal links and ids, to check that no link is dead.</summary>
public static partial class SiteLinks
{
    /// <summary>The course's pages: not the browser editor under admin/, which is Decap CMS's own page.</summary>
    public static IEnumerable<string> HtmlFiles(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(output, f).Replace('\\', '/').StartsWith("admin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>Internal href/src values of a page that point to nothing in the site (file or #id).</summary>
    public static IEnumerable<string> DeadLinks(string output, string file)
    {
        string html = File.ReadAllText(file);
        if (file.EndsWith("404.html", StringComparison.Ordinal))
        {
            yield break; // served at any URL, it links from the base path
        }

        foreach (Match match in Reference().Matches(html))
        {
            string value = System.Net.WebUtility.HtmlDecode(match.Groups[2].Value);
            if (value.Contains("://", StringComparison.Ordinal) || value.StartsWith("mailto:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal))
            {
                continue;
            }

            string path = value;
            string fragment = string.Empty;
            int hash = value.IndexOf('#');
            if (hash >= 0)
            {
                path = value[..hash];
                fragment = Uri.UnescapeDataString(value[(hash + 1)..]);
            }

            string target = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
            if (Directory.Exists(target))
            {
                target = Path.Combine(target, "index.html");
            }

            if (!File.Exists(target))
            {
                yield return value;
            }
            else if (fragment.Length > 0 && !File.ReadAllText(target).Contains($"id=\"{fragment}\"", StringComparison.Ordinal))
            {
                yield return value;
            }
        }
    }

    [GeneratedRegex("(href|src)=\"([^\"]*)\"")]
    private static partial Regex Reference();
}
