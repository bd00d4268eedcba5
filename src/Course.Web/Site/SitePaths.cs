namespace Course.Web.Site;

/// <summary>Pretty URLs fixed by the folder names, and relative links between them.</summary>
public static class SitePaths
{
    /// <summary>kk/concepts/definition.md → kk/concepts/definition/; kk/concepts/index.md → kk/concepts/; quiz.yml → quiz/.</summary>
    public static string UrlPathFor(string relativePath)
    {
        string path = relativePath.Replace('\\', '/');
        string withoutExtension = path[..^Path.GetExtension(path).Length];
        if (withoutExtension == "index")
        {
            return string.Empty;
        }

        return withoutExtension.EndsWith("/index", StringComparison.Ordinal)
            ? withoutExtension[..^"index".Length]
            : withoutExtension + "/";
    }

    public static string DestinationFor(string urlPath) => urlPath.EndsWith('/') || urlPath.Length == 0 ? urlPath + "index.html" : urlPath;

    /// <summary>
    /// A link from the page at <paramref name="fromUrlPath"/> to <paramref name="toUrlPath"/> (both site
    /// paths; the target may carry #fragment), relative, so the site works at a root, in a subfolder and from file://.
    /// </summary>
    public static string Relative(string fromUrlPath, string toUrlPath, bool useIndexHtml)
    {
        string fragment = string.Empty;
        int hash = toUrlPath.IndexOf('#');
        if (hash >= 0)
        {
            fragment = toUrlPath[hash..];
            toUrlPath = toUrlPath[..hash];
        }

        if (useIndexHtml && (toUrlPath.Length == 0 || toUrlPath.EndsWith('/')))
        {
            toUrlPath += "index.html";
        }

        string fromDirectory = fromUrlPath.Contains('/') ? fromUrlPath[..(fromUrlPath.LastIndexOf('/') + 1)] : string.Empty;
        string[] from = fromDirectory.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string[] to = toUrlPath.Split('/');
        int common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        string up = string.Concat(Enumerable.Repeat("../", from.Length - common));
        string down = string.Join('/', to.Skip(common));
        string link = up + down;
        return (link.Length == 0 ? "./" : link) + fragment;
    }
}
